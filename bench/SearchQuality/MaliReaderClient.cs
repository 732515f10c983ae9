using System.Net.Http.Json;
using System.Text.Json;

namespace SearchQuality;

internal sealed record ArticleSummary(string Slug, string Title, int ParagraphCount);

internal sealed record RemovedFragment(string Text, string Rule);

internal sealed record ArticleDetail(string Slug, IReadOnlyList<RemovedFragment> Removed);

internal sealed record SearchHit(string Slug, string ParagraphId, double Score);

internal sealed record SearchResponse(string Query, IReadOnlyList<SearchHit> Hits, string? Suggestion);

/// <summary>The app's JSON API as the benchmark uses it; any status but 200 is a failure of the run.</summary>
internal sealed class MaliReaderClient(Uri url) : IDisposable
{
    public const int SearchLimit = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http = new() { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };

    public Task<List<ArticleSummary>> ArticlesAsync() => GetAsync<List<ArticleSummary>>("/api/articles");

    public Task<ArticleDetail> ArticleAsync(string slug) => GetAsync<ArticleDetail>($"/api/articles/{Uri.EscapeDataString(slug)}");

    public Task<SearchResponse> SearchAsync(string query) =>
        GetAsync<SearchResponse>($"/api/search?q={Uri.EscapeDataString(query)}&limit={SearchLimit}");

    private async Task<T> GetAsync<T>(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new BenchmarkException($"GET {path} answered {(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(body)}");
        }
        return await response.Content.ReadFromJsonAsync<T>(Json)
            ?? throw new BenchmarkException($"GET {path} answered 200 with an empty body");
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    public void Dispose() => _http.Dispose();
}
