using System.ComponentModel.DataAnnotations;

namespace MaliReader.Web.Http;

/// <summary>Settings of the "Site" section.</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    /// <summary>
    /// The public address readers use, such as https://reader.example.org/ (a path is kept), for the
    /// absolute links in canonical and preview tags. Without it they are built from the request,
    /// which <c>AllowedHosts</c> must then restrict.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    // The binder reads any text as a Uri, a relative one included, which has no host to link to.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is { } url && !(url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult("not an absolute http or https address", [nameof(BaseUrl)]);
        }
    }
}

/// <summary>Absolute links for what leaves the site: canonical and og:url tags.</summary>
public sealed class SiteUrls(Microsoft.Extensions.Options.IOptions<SiteOptions> options)
{
    private readonly string? _base = options.Value.BaseUrl is { } url ? url.GetLeftPart(UriPartial.Path).TrimEnd('/') : null;

    /// <param name="path">An app path starting with "/", as the route table builds it.</param>
    public string Absolute(HttpRequest request, string path) =>
        (_base ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}") + path;
}
