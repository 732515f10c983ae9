using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace MaliReader.Tests.Support;

/// <summary>The real app, on its own content folder and database, for integration tests.</summary>
public sealed class MaliReaderApp : WebApplicationFactory<Program>
{
    private static readonly HtmlParser Parser = new();

    public MaliReaderApp(TestContent? content = null)
    {
        Content = content ?? new TestContent();
        OwnsContent = content is null;
    }

    public TestContent Content { get; }

    private bool OwnsContent { get; }

    /// <summary>Everything the app logged at information level or above, as "Category: message".</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Content:Path", Content.ContentPath);
        builder.UseSetting("Database:Path", Content.DatabasePath);
        // Tests send many searches from one in-process client; the limit has its own tests, which turn it on.
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && OwnsContent)
        {
            Content.Dispose();
        }
    }
}
