using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Web.Http;

/// <summary>
/// The story and the article an address names, in any casing or Unicode composition (<see cref="SlugCase"/>'s
/// form, and an article's also as its file is named), as paragraph addresses are, so that "?story=MALI-France-UN-Letter" still finds its story. Story
/// keys that differ only in that form are one story (<see cref="ContentSnapshot"/>), so a name never
/// reads the same as two stories.
/// </summary>
public static class StoryAddress
{
    public static Story? Story(ContentSnapshot snapshot, string name) => snapshot.Story(name);

    /// <summary>
    /// Slugs are made from file names (<see cref="ContentFileReader.SlugFor"/>), so a slug typed in other casing or
    /// composition, or spelled as its file is named ("floods_2024"), names the article made from it.
    /// </summary>
    public static Article? Article(ContentSnapshot snapshot, string slug) =>
        snapshot.Article(slug) ?? (ContentFileReader.SlugOf(slug) is { } made ? snapshot.Article(made) : null);
}
