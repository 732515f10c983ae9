using MaliReader.Web.Articles;

namespace MaliReader.Web.Permalinks;

/// <summary>
/// Decides whether one current paragraph is clearly the edited form of a passage that is gone.
/// It must be close to the old text and well ahead of every other candidate: a link never lands
/// on a look-alike passage, and when two paragraphs could be the successor (a split, or twins),
/// none is offered.
/// </summary>
public static class EditedSuccessor
{
    /// <summary>How alike the old text and its successor must at least be.</summary>
    public const double MinimumSimilarity = 0.6;

    /// <summary>How far the successor must be ahead of the next most similar paragraph.</summary>
    public const double MinimumLead = 0.2;

    public static Paragraph? Choose(string oldText, IEnumerable<Paragraph> candidates)
    {
        var ranked = candidates
            .Select(candidate => (Candidate: candidate, Score: PassageSimilarity.Of(oldText, candidate.Text)))
            .OrderByDescending(scored => scored.Score)
            .Take(2)
            .ToList();
        if (ranked.Count == 0 || ranked[0].Score < MinimumSimilarity)
        {
            return null;
        }
        var runnerUp = ranked.Count > 1 ? ranked[1].Score : 0;
        return ranked[0].Score - runnerUp >= MinimumLead ? ranked[0].Candidate : null;
    }
}
