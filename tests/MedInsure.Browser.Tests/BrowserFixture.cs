using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace MedInsure.Browser.Tests;

/// <summary>The app on real Kestrel at a free port, so a real browser can reach it.</summary>
public sealed class KestrelFactory : MedInsureFactory
{
    public KestrelFactory() => UseKestrel(0);

    /// <summary>The app's clock, where a test needs "today" to be a day the fixture policies cover; set before starting.</summary>
    public TimeProvider? Clock { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (Clock is { } clock)
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(clock)));
    }

    public Uri StartAndGetAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }
}

/// <summary>
/// Debian's Chromium driven by Playwright. Playwright's own browser download does not work here, so
/// the tests use /usr/bin/chromium and fail, saying how to install it, where it is missing.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly KestrelFactory _factory = new();
    private IPlaywright? _playwright;

    /// <summary>The app host, for its services (accounts, saved cases) and its database.</summary>
    public KestrelFactory Factory => _factory;

    public Uri BaseAddress { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Playwright itself, for a browser launched with a profile of its own (a font size setting).</summary>
    public IPlaywright Playwright => _playwright ?? throw new InvalidOperationException("not started");

    /// <summary>Chromium's switches for a test run: no sandbox (root in CI), nothing fetched from outside.</summary>
    public static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static string ArtifactsFolder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "MedInsure.Browser.Tests", "artifacts");

    public virtual async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}; the browser tests need it. Install it with " +
                "'apt-get update && apt-get install -y chromium', or run scripts/test.sh, which does.");
        }
        BaseAddress = _factory.StartAndGetAddress();
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ArtifactsFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
