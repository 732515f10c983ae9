using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MaliReader.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// One Chromium and one running app (a real loopback port, its own content and database) shared by
/// every browser test in a run. Each page gets a fresh browser context, so pages share nothing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The system's Chromium (CHROMIUM_PATH overrides it). Tests never download a browser.</summary>
    public static string ChromiumPath { get; } =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private KestrelApp? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IReadOnlyList<string> _profiles = [];

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/ (pages resolve relative URLs against it).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>What the app is serving right now, to compare pages against.</summary>
    public ContentSnapshot Snapshot => App.Services.GetRequiredService<CurrentSnapshot>().Value;

    private KestrelApp App => _app ?? throw new InvalidOperationException("The browser fixture is not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Chromium at {ChromiumPath}, and it is not there. Install it with " +
                "`apt-get install chromium` (Debian/Ubuntu; .ci/run does this), or set CHROMIUM_PATH to a Chromium binary.");
        }

        try
        {
            _app = new KestrelApp();
            BaseUrl = _app.Start();
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            _profiles = ChromiumProfiles.OfThisProcess();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A blank page in a context of its own; closing the page closes the context too. Permissions
    /// (e.g. "clipboard-read") are granted to every origin in that context.
    /// </summary>
    public Task<IPage> NewPageAsync(
        int width = 1280,
        int height = 900,
        bool javaScriptEnabled = true,
        ColorScheme colorScheme = ColorScheme.Light,
        IEnumerable<string>? permissions = null)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser fixture is not started");
        return browser.NewPageAsync(new()
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = javaScriptEnabled,
            ColorScheme = colorScheme,
            Permissions = permissions,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }
        _playwright?.Dispose();
        _playwright = null;
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
        ChromiumProfiles.Delete(_profiles);
        _profiles = [];
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    /// <summary>The app on Kestrel, so a browser can reach it. Development serves wwwroot without publishing.</summary>
    /// <param name="content">Content of the test's own (disposed with the app); the seed articles when null.</param>
    internal sealed class KestrelApp : WebApplicationFactory<Program>
    {
        private readonly TestContent _content;

        public KestrelApp(TestContent? content = null)
        {
            _content = content ?? new TestContent();
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }

        public Uri Start()
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.Single());
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Content:Path", _content.ContentPath);
            builder.UseSetting("Database:Path", _content.DatabasePath);
            builder.UseEnvironment("Development");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                _content.Dispose();
            }
        }
    }
}
