using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Web.Http;

/// <summary>
/// The story and the article an address names, in any casing or Unicode composition (<see cref="SlugCase"/>'s
/// form), or spelled as a file is named ("floods_2024" for "floods-2024"), as paragraph addresses are, so that
/// "?story=MALI-France-UN-Letter" still finds its story. Story keys that differ only in case or composition are one
/// story (<see cref="ContentSnapshot"/>), so a name never reads the same as two stories.
/// </summary>
public static class StoryAddress
{
    /// <summary>The story <paramref name="name"/> names (see <see cref="Find{T}"/>); null when none.</summary>
    public static Story? Story(ContentSnapshot snapshot, string name) => Find(name, snapshot.Story);

    /// <summary>The article <paramref name="slug"/> names (see <see cref="Find{T}"/>); null when none.</summary>
    public static Article? Article(ContentSnapshot snapshot, string slug) => Find(slug, snapshot.Article);

    /// <summary>
    /// Slugs are made from file names (<see cref="ContentFileReader.SlugFor"/>), and so is the key of a story a saved
    /// page makes by itself: a name is looked up as typed (in any casing or composition), then made a slug as a file
    /// name is, so that "floods_2024" or "Floods 2024" names what is served as "floods-2024". A key that is not itself
    /// such a slug ("Floods_2024", a folder's name) is found as typed only.
    /// </summary>
    private static T? Find<T>(string name, Func<string, T?> lookUp) where T : class =>
        lookUp(name) ?? (ContentFileReader.SlugOf(name) is { } made && made != name ? lookUp(made) : null);
}
