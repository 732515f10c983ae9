using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Web.Http;

/// <summary>
/// The story and the article an address names, in any casing or Unicode composition (<see cref="SlugCase"/>'s
/// form), as paragraph addresses are, so that "?story=MALI-France-UN-Letter" still finds its story. Story
/// keys that differ only in that form are one story (<see cref="ContentSnapshot"/>), so a name never
/// reads the same as two stories.
/// </summary>
public static class StoryAddress
{
    public static Story? Story(ContentSnapshot snapshot, string name) => snapshot.Story(name);

    /// <summary>Slugs are made in <see cref="SlugCase"/>'s form, so the slug typed in that form is the one it names.</summary>
    public static Article? Article(ContentSnapshot snapshot, string slug) =>
        snapshot.Article(slug) ?? snapshot.Article(SlugCase.Of(slug));
}
