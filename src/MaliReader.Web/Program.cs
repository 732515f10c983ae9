using MaliReader.Web.Articles;
using MaliReader.Web.Storage;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);

// Content and storage: relative paths are read from the app's content root.
string FromContentRoot(string path) => Path.GetFullPath(path, builder.Environment.ContentRootPath);
builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection("Content"))
    .PostConfigure<ContentOptions>(options => options.Path = FromContentRoot(options.Path));
builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection("Database"))
    .PostConfigure<DatabaseOptions>(options => options.Path = FromContentRoot(options.Path));
builder.Services.AddSingleton(services => new Database(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Path));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ArticleStore>();
builder.Services.AddSingleton<ContentPipeline>();
builder.Services.AddHostedService<ContentWatcher>();

// Web: pages, JSON API with problem+json errors, and its OpenAPI document.
builder.Services.AddRazorPages(options =>
    // The paragraph page answers both /p/{slug}/{fingerprint} (its own route) and /p/{id}.
    options.Conventions.AddPageRoute("/Paragraph", "/p/{id}"));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();

// The first snapshot is built before the app listens, so no request sees an empty reading room.
app.Services.GetRequiredService<ContentPipeline>().Run();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}
app.UseStatusCodePagesWithReExecute("/NotFound");

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapOpenApi();
app.MapArticlesApi();

app.Run();
