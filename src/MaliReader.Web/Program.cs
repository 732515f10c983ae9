using MaliReader.Web.Compare;
using MaliReader.Web.Ingest;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Search;
using MaliReader.Web.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MaliReader.Web.Http;
using Microsoft.AspNetCore.ResponseCompression;
using System.IO.Compression;
using Microsoft.Extensions.Options;

// With MaliReader.Web.Startup logged at Debug, how long each step of start-up took.
var startup = new StartupPhases();
// Settings take effect at start: the app acts on no later edit of its appsettings files (log levels
// included), so they are not watched. The watch covers the app's whole folder, one inotify watch per
// sub-folder, and cost start-up about 0.1 s of CPU. --hostBuilder:reloadConfigOnChange=true on the command
// line (a later argument wins) turns it back on.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);

// Content and storage: relative paths are read from the app's content root.
// An empty or blank path stays so, for the settings check to refuse, rather than becoming the app's own
// folder or a file named " " in it.
string FromContentRoot(string path) => string.IsNullOrWhiteSpace(path) ? path : Path.GetFullPath(path, builder.Environment.ContentRootPath);
// Every section is checked at start (see Settings): a wrong value stops the app with one line naming it.
builder.Services.AddSettings<ContentOptions>(builder.Configuration, "Content")
    .PostConfigure(options => options.Path = FromContentRoot(options.Path));
builder.Services.AddSettings<DatabaseOptions>(builder.Configuration, "Database")
    .PostConfigure(options => options.Path = FromContentRoot(options.Path));
builder.Services.AddSingleton(services => new Database(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Path));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ParagraphHistory>();

// Write side: the content folder is read into SQLite and into the snapshot that requests read.
builder.Services.AddSingleton<ArticleStore>();
builder.Services.AddSingleton<ComparisonStore>();
builder.Services.AddSingleton<ContentIngest>();
builder.Services.AddSingleton<FirstResponse>();
builder.Services.AddHostedService<ContentWatcher>();

// Read side: pages, search and the APIs read the current snapshot and never write.
builder.Services.AddSingleton<CurrentSnapshot>();
builder.Services.AddSingleton<SearchService>();
builder.Services.AddHostedService<SnapshotPreparation>();
builder.Services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");

// Web: pages, JSON API with problem+json errors, and its OpenAPI document.
builder.Services.AddRazorPages(options =>
    // The paragraph page answers both /p/{slug}/{fingerprint} (its own route) and /p/{id}.
    options.Conventions.AddPageRoute("/Paragraph", "/p/{id}"));
// Nothing here is ever protected (no sign-in, no cookies, no form that posts), yet the framework loads the
// data-protection key ring at start-up: it reads or creates key files in the user's profile, with their XML
// and its warnings. Left out, the key ring would load on first use, which never comes.
foreach (var keyRingLoader in builder.Services
    .Where(service => service.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService")
    .ToList())
{
    builder.Services.Remove(keyRingLoader);
}
// Text in any script is written as itself, not as numeric references: the default encoder escapes all but
// ASCII, which makes a Japanese or Russian title, quote or difference several times its size in UTF-8.
// Markup-significant characters are escaped all the same. These settings reach no further than the BMP, so
// pages are written by an HTML encoder that also writes an emoji or 𠮷 as itself (AnyScriptHtmlEncoder).
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
    options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddSingleton<System.Text.Encodings.Web.HtmlEncoder>(MaliReader.Web.Rendering.AnyScriptHtmlEncoder.Instance);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddOperationTransformer<OpenApiProblemResponses>());

// HTTP: public links, search rate limit, compression.
builder.Services.AddSettings<SiteOptions>(builder.Configuration, SiteOptions.Section);
builder.Services.AddSettings<ForwardedHeadersSettings>(builder.Configuration, ForwardedHeadersSettings.Section)
    .Configure(settings => settings.AddListedInOneValue(builder.Configuration));
builder.Services.AddAllowedHosts(builder.Configuration);
builder.Services.AddSingleton<SiteUrls>();
builder.Services.AddSearchRateLimiting(builder.Configuration);
builder.Services.AddSettings<CachingOptions>(builder.Configuration, CachingOptions.Section);
builder.Services.AddSnapshotOutputCache();
builder.Services.AddResponseCompression(options =>
{
    // Safe over HTTPS (no BREACH): no response carries a secret, as the site has no cookies, sessions or tokens.
    options.EnableForHttps = true;
    options.Providers.Add<BrotliCompressionProvider>();
    options.Providers.Add<GzipCompressionProvider>();
    options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "image/x-icon"];
});
// Pages and article answers are compressed once and then served from the output cache, so the better
// ratio is worth its time; search answers are compressed per request, where Optimal is still quick.
builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);

// Room in the request line for an over-long search, so that the app explains the search length limit
// rather than the server refusing the request: 10,000 characters of any script take up to 9 bytes
// each once encoded in the address.
// No Server header: it tells an attacker which server to aim at and tells readers nothing.
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestLineSize = 128 * 1024;
    kestrel.AddServerHeader = false;
});

// Static assets as the build laid them out (compressed copies live outside wwwroot until publish):
// without this, an unpublished build run outside Development answers a compressed request with an
// empty file. A published app has no build manifest, and this does nothing.
builder.WebHost.UseStaticWebAssets();

if (Settings.LoggingProblem(builder.Configuration) is { } loggingProblem)
{
    Console.Error.WriteLine($"Setting not valid: {loggingProblem}");
    return 1;
}
var app = builder.Build();
// Checked before anything reads a setting (the first load below does).
if (Settings.Problems(app.Services) is [_, ..] problems)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"Setting not valid: {problem}");
    }
    return 1;
}
startup.LogTo(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MaliReader.Web.Startup"));
startup.Reached("host built");

// The first snapshot is built before the app listens, so no request sees an empty reading room: the stored
// articles and the first batch of new files. When more files are to be read (a first load of a large
// folder), the app serves what it has and ContentWatcher reads the rest once the server listens.
try
{
    app.Services.GetRequiredService<ContentIngest>().SyncFirstBatch();
}
catch (DatabaseUnusableException e)
{
    // A path to correct, as a wrong setting is: one line, not a stack trace.
    Console.Error.WriteLine($"Setting not valid: Database:Path: {e.Message}");
    return 1;
}
startup.Reached("content loaded");
// The first load's garbage (every file's bytes, the rows read, the parsers' working sets) is collected by
// SnapshotPreparation once it has built the comparisons and the search index, off the start-up path.
var listening = false;
app.Lifetime.ApplicationStarted.Register(() =>
{
    listening = true;
    startup.Reached("listening");
});
// Background work left for later waits for the first response (see FirstResponse).
var firstResponse = app.Services.GetRequiredService<FirstResponse>();
app.Use((context, next) => firstResponse.IsSent ? next(context) : NoteFirstResponse(context, next));
// Counted once the response is complete, not once the page is rendered.
Task NoteFirstResponse(HttpContext context, RequestDelegate next)
{
    var path = context.Request.Path;
    context.Response.OnCompleted(() =>
    {
        firstResponse.Sent();
        startup.Responded(path);
        return Task.CompletedTask;
    });
    return next(context);
}

// Client address and scheme from the reverse proxy, only when its address is configured.
app.UseConfiguredForwardedHeaders();
// Headers wrap everything below, error pages and static files included.
app.UseSecurityHeaders(SecurityHeaders.Policies);
// A host name not in AllowedHosts is refused here, with those headers.
app.UseAllowedHosts();
// HEAD is turned into GET before routing, so every GET route answers it.
app.UseHeadAnsweredAsGet();
app.UseRouting();
// Validators first: a 304 is answered before anything is looked up, rendered or compressed.
app.UseMiddleware<HttpCaching>();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}
// An error status without a body (not found, a refused search page, …) gets the site's page for it.
app.UseStatusCodePagesWithReExecute(MaliReader.Web.Pages.StatusCodeModel.Route);
// Under /api, problem+json instead (inside the pages' handler, so it answers first).
app.UseApiStatusCodeProblems();
// GET and HEAD only: any other method gets a 405, explained by the handler above for its address.
app.UseOtherMethodsRefused();
// The search limit counts before the output cache, so a flood of one cached search is still refused;
// other requests skip the limiter's per-client bookkeeping altogether.
app.UseWhen(context => SearchRateLimiting.IsSearch(context.Request.Path), search => search.UseRateLimiter());
// The output cache keeps compressed bytes (its key holds the encoding), so a hit is neither rendered nor compressed.
app.UseOutputCache();
// Razor Pages registers authentication and authorization services, so the host would put both middlewares
// in front of everything, to run on every request; here, a page served from the output cache skips them.
// The site has no sign-in and no endpoint asks for a policy.
app.UseAuthentication();
app.UseAuthorization();
// Compression wraps the endpoints and the re-executed error and not-found pages; static assets come precompressed.
app.UseResponseCompression();

app.MapStaticAssets();
// Pages and the articles API read only the snapshot (and what ingest writes before swapping it in), so
// they are cached until the next snapshot: the search page and the search API too, keyed by their query, from
// a search's second request (see SecondHitCaching), so a repeated search is neither ranked nor serialised again
// (the rate limit still counts it).
app.MapRazorPages().WithStaticAssets().CacheOutput(OutputCaching.SnapshotPolicy);
// At its one address: the default pattern answers any other document name with a text/plain 404 of its own.
app.MapOpenApi(ApiProblems.OpenApiDocumentPath);
app.MapGroup("").CacheOutput(OutputCaching.SnapshotPolicy).MapArticlesApi();
app.MapGroup("").CacheOutput(OutputCaching.SnapshotPolicy).MapSearchApi();
app.MapCompareApi();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = ContentHealthCheck.WriteResponse });

try
{
    app.Run();
}
catch (Exception e) when (!listening)
{
    // Told by a flag, not by the lifetime: the host is disposed by then, and a filter that throws catches nothing.
    // A start that fails (an address another process holds, one not on this machine, a malformed --urls) ends with
    // one line and exit code 1, as a wrong setting does, rather than as an unhandled exception that aborts the process
    // (SIGABRT, exit code 134). The host has logged the failure in full just before.
    Console.Error.WriteLine(e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException
        ? $"Cannot listen: {e.Message} Stop what holds it, or give another address with --urls."
        : $"Cannot start: {e.Message}");
    return 1;
}
return 0;
