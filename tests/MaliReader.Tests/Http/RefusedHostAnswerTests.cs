using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Http;

/// <summary>
/// A request for a host not in AllowedHosts gets 400 as problem+json with the security headers every response carries.
/// Before, the framework's host filter ran in front of the whole app and answered with its own HTML page ("Bad
/// Request - Invalid Hostname") on every address, the API's included, without those headers.
/// </summary>
public sealed class RefusedHostAnswerTests(SeedApp app) : IClassFixture<SeedApp>
{
    private readonly MaliReaderApp _app = app.Factory;

    private async Task<HttpResponseMessage> GetFromOtherHostAsync(string url)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "reader.attacker.example";
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/search?q=mali")]
    public async Task AnApiRequestForAnotherHost_IsRefusedInProblemJson_NotAnHtmlPage(string url)
    {
        using var response = await GetFromOtherHostAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<HTML", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/articles")]
    public async Task ARequestForAnotherHost_IsRefusedWithTheSecurityHeadersEveryResponseCarries(string url)
    {
        using var response = await GetFromOtherHostAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(response.Headers.Contains("Content-Security-Policy"), "no Content-Security-Policy on the refusal");
        Assert.True(response.Headers.Contains("X-Content-Type-Options"), "no X-Content-Type-Options on the refusal");
    }
}
