using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Http;

// The server's page cache tells paths apart by case: once a paragraph's address has been served, the
// same address in capitals must still redirect to it, not be answered from the cached page.
public sealed class CachedAddressCaseTests : IDisposable
{
    private readonly MaliReaderApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/p/mali-france-rt-3", "/p/MALI-FRANCE-RT-3")]
    [InlineData("/p/mali-france-translation-2", "/p/Mali-France-Translation-2")]
    public async Task AnAddressInCapitals_Redirects_EvenAfterItsSlugsAddressWasServed(string address, string inCapitals)
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        using (var first = await client.GetAsync(address))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var response = await client.GetAsync(inCapitals);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(address, new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
    }
}
