using System.IO.Pipelines;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace MaliReader.Web.Http;

/// <summary>
/// The site only reads, so it answers GET and HEAD and nothing else. HEAD is answered wherever GET is,
/// with the same status and headers and no body (RFC 9110, 9.3.2): the request goes through the app as
/// a GET, from the output cache when it holds the page, and its body is dropped on the way out. Any other
/// method (POST, TRACE, OPTIONS, one never heard of) gets 405 with <c>Allow: GET, HEAD</c>, before it can
/// reach a page that would otherwise render for it, explained as any error status is where it is asked: on the
/// site's page for the status, or as problem+json under the API (<see cref="ApiProblems"/>).
/// </summary>
public static class ReadOnlyMethods
{
    public const string Allowed = "GET, HEAD";

    /// <summary>
    /// Answers HEAD as GET with the body dropped. Runs before routing, so that routes mapped for GET alone find their
    /// endpoint for HEAD too.
    /// </summary>
    public static IApplicationBuilder UseHeadAnsweredAsGet(this IApplicationBuilder app) =>
        app.Use((context, next) => HttpMethods.IsHead(context.Request.Method) ? AnswerHead(context, next) : next(context));

    /// <summary>
    /// Refuses every method but GET and HEAD with a 405 that has no body of its own. Runs inside the handlers of error
    /// statuses, which write that body: the site's page for a page's address, problem+json for the API's.
    /// </summary>
    public static IApplicationBuilder UseOtherMethodsRefused(this IApplicationBuilder app) =>
        app.Use((context, next) => IsReadOrExplained(context) ? next(context) : Refuse(context));

    // An error is explained by running its page with the method of the request it answers: the page that explains a
    // refused POST is asked for by a POST, and must not be refused in turn.
    private static bool IsReadOrExplained(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
        || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
        || context.Features.Get<IExceptionHandlerFeature>() is not null;

    private static async Task AnswerHead(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new DroppedBody(body));
        request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            // Logs and anything that looks after this request see what the client sent.
            request.Method = HttpMethods.Head;
            context.Features.Set(body);
        }
    }

    private static Task Refuse(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        response.Headers.Allow = Allowed;
        // Set here: the validators, which set it on other errors, look only at GET and HEAD.
        response.Headers.CacheControl = "no-cache";
        return Task.CompletedTask;
    }

    /// <summary>
    /// The response body of a HEAD request: headers go out as they would for GET (starting and completing
    /// pass through), the bytes written go nowhere.
    /// </summary>
    private sealed class DroppedBody(IHttpResponseBodyFeature inner) : IHttpResponseBodyFeature
    {
        public Stream Stream => Stream.Null;

        public PipeWriter Writer { get; } = PipeWriter.Create(Stream.Null);

        public void DisableBuffering() => inner.DisableBuffering();

        public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            inner.StartAsync(cancellationToken);

        public Task CompleteAsync() => inner.CompleteAsync();
    }
}
