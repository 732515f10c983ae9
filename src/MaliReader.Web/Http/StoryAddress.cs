using System.Runtime.CompilerServices;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Web.Http;

/// <summary>
/// The story and the article an address names. Names are matched as typed first; failing that, in
/// <see cref="SlugCase"/>'s form (case and Unicode composition ignored), as paragraph addresses are, so
/// that "?story=MALI-France-UN-Letter" still finds its story. A name that reads the same as several
/// stories in that form (two stories told apart only by case) names none of them.
/// </summary>
public static class StoryAddress
{
    // Built once per snapshot, on the first address that needs it, and dropped with the snapshot.
    private static readonly ConditionalWeakTable<ContentSnapshot, ILookup<string, Story>> StoriesByForm = new();

    public static Story? Story(ContentSnapshot snapshot, string name)
    {
        if (snapshot.Story(name) is { } exact)
        {
            return exact;
        }
        var byForm = StoriesByForm.GetValue(snapshot,
            content => content.Stories.ToLookup(story => SlugCase.Of(story.Name), StringComparer.Ordinal));
        using var matches = byForm[SlugCase.Of(name)].GetEnumerator();
        return matches.MoveNext() && matches.Current is var only && !matches.MoveNext() ? only : null;
    }

    /// <summary>Slugs are made in <see cref="SlugCase"/>'s form, so the slug typed in that form is the one it names.</summary>
    public static Article? Article(ContentSnapshot snapshot, string slug) =>
        snapshot.Article(slug) ?? snapshot.Article(SlugCase.Of(slug));
}
