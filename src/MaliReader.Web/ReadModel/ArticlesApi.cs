using MaliReader.Web.Articles;
using MaliReader.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MaliReader.Web.ReadModel;

public static class ArticlesApi
{
    public static void MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/articles").WithTags("Articles");

        api.MapGet("/", (CurrentSnapshot content) =>
        {
            var snapshot = content.Value;
            return snapshot.Articles.Select(article => ArticleSummary.From(article, snapshot)).ToList();
        });

        api.MapGet("/{slug}", Results<Ok<ArticleDetail>, ProblemHttpResult> (string slug, CurrentSnapshot content) =>
            StoryAddress.Article(content.Value, slug) is { } article
                ? TypedResults.Ok(ArticleDetail.From(article, content.Value))
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article",
                    detail: "No article has that slug; GET /api/articles lists them."));
    }
}

/// <param name="Story">The name of the article's story, the same for all its accounts however each spells its story key.</param>
public sealed record ArticleSummary(string Slug, string Title, string Source, string? Note, string Story, int ParagraphCount)
{
    public static ArticleSummary From(Article article, ContentSnapshot snapshot) =>
        new(article.Slug, article.Title, article.Source, article.Note, StoryName(article, snapshot), article.Paragraphs.Count);

    /// <summary>Story keys that differ only in case are one story (<see cref="ContentSnapshot"/>), named once.</summary>
    internal static string StoryName(Article article, ContentSnapshot snapshot) => snapshot.Story(article.Story)?.Name ?? article.Story;
}

public sealed record ArticleDetail(
    string Slug,
    string Title,
    string Source,
    string? Note,
    string? Url,
    string Story,
    IReadOnlyList<ParagraphDto> Paragraphs,
    IReadOnlyList<RemovedDto> Removed)
{
    public static ArticleDetail From(Article article, ContentSnapshot snapshot) => new(
        article.Slug, article.Title, article.Source, article.Note, article.Url, ArticleSummary.StoryName(article, snapshot),
        [.. article.Paragraphs.Select(p => new ParagraphDto(p.Id, p.N, p.Text, p.Fingerprint))],
        [.. article.Removed.Select(r => new RemovedDto(r.Text, r.Rule.Name(), r.Paragraph, r.Offset))]);
}

public sealed record ParagraphDto(string Id, int N, string Text, string Fingerprint);

/// <summary>A removal: its rule, and where it stood (before paragraph <c>Paragraph</c>, or inside it at <c>Offset</c>).</summary>
public sealed record RemovedDto(string Text, string Rule, int Paragraph, int? Offset);
