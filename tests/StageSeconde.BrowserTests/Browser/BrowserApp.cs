using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StageSeconde.Tests.Support;

namespace StageSeconde.BrowserTests.Browser;

/// <summary>
/// The real application served by Kestrel on a free port of the loopback, and one headless Chromium for all the tests
/// that share this fixture. Each test opens its own <see cref="BrowserSession"/> (own cookies).
/// </summary>
public sealed class BrowserApp : TestApp, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserApp() => UseKestrel(0);

    /// <summary>The address Kestrel is listening on, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        // On a machine where the tests are skipped, start nothing.
        if (BrowserEnvironment.SkipReason is not null) return;

        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.First());

        // Expectations wait longer than Playwright's 5 s: the machine running the tests is small and shared.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = BrowserEnvironment.ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh browser context (no cookies) with one page, in French and in Paris time.
    /// <paramref name="bypassContentSecurityPolicy"/> lets a test inject a script (axe-core) that the app's CSP would refuse.
    /// </summary>
    public async Task<BrowserSession> OpenAsync(bool bypassContentSecurityPolicy = false)
    {
        var browser = _browser ?? throw new InvalidOperationException("Le navigateur n'est pas démarré.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            BypassCSP = bypassContentSecurityPolicy,
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        // The factory itself (Kestrel, the database folder) is disposed by xunit through IDisposable.
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    /// <summary>All browser tests share one application and one Chromium: the machine has two cores.</summary>
    public const string Name = "Navigateur";
}
