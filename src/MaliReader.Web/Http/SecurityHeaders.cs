namespace MaliReader.Web.Http;

/// <summary>The security headers sent with every response, pages, API and static files alike.</summary>
public static class SecurityHeaders
{
    private const int OneYearInSeconds = 365 * 24 * 60 * 60;

    public static HeaderPolicyCollection Policies { get; } = new HeaderPolicyCollection()
        .AddContentSecurityPolicy(csp =>
        {
            // Everything the pages load is their own: one stylesheet, one script, the favicon.
            // No inline script or style attribute is allowed, so injected markup could not run.
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().None();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        })
        .AddFrameOptionsDeny() // for browsers that predate frame-ancestors
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(policy => policy.SameOrigin())
        .AddPermissionsPolicy(policy =>
        {
            // The reading room uses none of these; the clipboard write of the copy-link control needs no permission.
            policy.AddAccelerometer().None();
            policy.AddCamera().None();
            policy.AddGeolocation().None();
            policy.AddGyroscope().None();
            policy.AddMagnetometer().None();
            policy.AddMicrophone().None();
            policy.AddPayment().None();
            policy.AddUsb().None();
        })
        // Sent on HTTPS responses only (over plain HTTP browsers ignore it). Subdomains are left to
        // their operators: the reading room may share a domain with sites it knows nothing of.
        .AddStrictTransportSecurityMaxAge(OneYearInSeconds);
}
