using System.Text.Json;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Http;

public sealed class OpenApiDocumentTests : IDisposable
{
    private readonly MaliReaderApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<JsonElement> Operation(string path)
    {
        using var client = _app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        return document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").Clone();
    }

    [Theory]
    [InlineData("/api/search", new[] { "400", "429" })]
    [InlineData("/api/articles/{slug}", new[] { "404" })]
    public async Task ProblemAnswers_AreListed_AsProblemJson(string path, string[] statuses)
    {
        var responses = (await Operation(path)).GetProperty("responses");

        foreach (var status in statuses)
        {
            var response = responses.GetProperty(status);
            Assert.False(string.IsNullOrWhiteSpace(response.GetProperty("description").GetString()));
            Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path} {status}");
        }
    }

    [Fact]
    public async Task TheRateLimitAnswer_NamesRetryAfter() =>
        Assert.True((await Operation("/api/search")).GetProperty("responses").GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _));

    [Fact]
    public async Task ArticleList_HasNoProblemAnswers() =>
        Assert.All((await Operation("/api/articles")).GetProperty("responses").EnumerateObject(), response => Assert.StartsWith("2", response.Name));

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/articles/{slug}")]
    public async Task EveryParameter_IsDescribed(string path)
    {
        var parameters = (await Operation(path)).GetProperty("parameters").EnumerateArray().ToList();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, parameter => Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString())));
    }
}
