using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.Tests.Support;

namespace StageSeconde.BrowserTests.Features.TutorReport;

/// <summary>
/// The application served by Kestrel as in <see cref="BrowserApp"/>, on a clock stopped during the test conventions'
/// sequence (Wednesday 16 June 2027, 10:00 in Paris), so that the tutor's link is open; with its own Chromium.
/// </summary>
public sealed class TutorBrowserApp : TestApp, IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2027, 6, 16, 8, 0, 0, TimeSpan.Zero);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public TutorBrowserApp() => UseKestrel(0);

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Snapshots:Enabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new StoppedClock(Now)));
    }

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.SkipReason is not null) return;
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.First());
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = BrowserEnvironment.ChromiumArgs,
        });
    }

    /// <summary>A fresh context at a phone's size (375 × 812), in French and in Paris time.</summary>
    public async Task<BrowserSession> OpenPhoneAsync(bool bypassContentSecurityPolicy = false)
    {
        var browser = _browser ?? throw new InvalidOperationException("Le navigateur n'est pas démarré.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            BypassCSP = bypassContentSecurityPolicy,
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            IsMobile = true,
            HasTouch = true,
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
