using MaliReader.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MaliReader.Tests.Http;

/// <summary>
/// The site protects nothing (no sign-in, cookies or forms that post), so starting it neither reads nor writes
/// data-protection keys in the user's profile: on a read-only or throwaway file system that would only bring warnings.
/// </summary>
public sealed class KeyRingTests(SeedApp app) : IClassFixture<SeedApp>
{
    [Fact]
    public async Task StartingAndServingPages_NeverLoadsTheKeyRing()
    {
        using var client = app.Factory.CreateClient();
        (await client.GetAsync("/")).EnsureSuccessStatusCode();
        (await client.GetAsync("/search?q=France")).EnsureSuccessStatusCode();

        var startedAtLaunch = app.Factory.Services.GetServices<IHostedService>().Select(service => service.GetType().FullName);

        Assert.DoesNotContain(startedAtLaunch, name => name!.Contains("DataProtection", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Factory.Logs.Entries, entry => entry.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal));
    }
}
