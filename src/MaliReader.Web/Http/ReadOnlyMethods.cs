using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace MaliReader.Web.Http;

/// <summary>
/// The site only reads, so it answers GET and HEAD and nothing else. HEAD is answered wherever GET is,
/// with the same status and headers and no body (RFC 9110, 9.3.2): the request goes through the app as
/// a GET, from the output cache when it holds the page, and its body is dropped on the way out. Any other
/// method (POST, TRACE, OPTIONS, one never heard of) gets 405 with <c>Allow: GET, HEAD</c>, before it can
/// reach a page that would otherwise render for it.
/// Runs before routing, so that routes mapped for GET alone find their endpoint for HEAD too.
/// </summary>
public sealed class ReadOnlyMethods(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD";

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method))
        {
            return next(context);
        }
        if (HttpMethods.IsHead(method))
        {
            return AnswerHead(context);
        }
        return RefuseAsync(context);
    }

    private async Task AnswerHead(HttpContext context)
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

    private static Task RefuseAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        response.Headers.Allow = Allowed;
        response.Headers.CacheControl = "no-cache";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status405MethodNotAllowed,
            title: "Method not allowed",
            detail: $"This site only reads: it answers {Allowed}.")
            .ExecuteAsync(context);
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
