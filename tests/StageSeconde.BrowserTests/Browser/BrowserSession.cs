using System.Text.Json;
using Microsoft.Playwright;
using StageSeconde.Tests.Support;

namespace StageSeconde.BrowserTests.Browser;

/// <summary>One user at one browser: a context of its own and its page.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _brokenResources = [];

    public BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        // Style sheets, scripts, fonts and icons that fail to load (pages themselves may answer 404 on purpose).
        Page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
                _brokenResources.Add($"{response.Status} {new Uri(response.Url).PathAndQuery}");
        };
        Page.RequestFailed += (_, request) => _brokenResources.Add($"échec {new Uri(request.Url).PathAndQuery}");
    }

    /// <summary>Screenshots of the tested pages, to look at after a run.</summary>
    public static readonly string ShotsFolder = Path.Combine(Path.GetTempPath(), "browser-shots");

    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    public IPage Page { get; }

    /// <summary>Resources of the pages seen so far that did not load: none is expected.</summary>
    public IReadOnlyList<string> BrokenResources => _brokenResources;

    /// <summary>The path and query of the current page, e.g. <c>/classes?mine=true</c>.</summary>
    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    public async Task GotoAsync(string url)
    {
        var response = await Page.GotoAsync(url);
        if (response is null) throw new InvalidOperationException($"Aucune réponse pour {url}.");
    }

    /// <summary>Signs in through the sign-in form, as a person would, and waits to leave the sign-in page.</summary>
    public async Task SignInAsync(string email, string password = TestApp.Password)
    {
        await GotoAsync("/connexion");
        await Page.GetByLabel("Adresse électronique").FillAsync(email);
        await Page.GetByLabel("Mot de passe").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await WaitForPathAsync(path => !path.StartsWith("/connexion", StringComparison.Ordinal));
    }

    /// <summary>
    /// Waits until the browser is on a page whose path and query satisfy <paramref name="expected"/>, then until that page
    /// has a main heading. (Waiting for the URL at "commit" and then for content avoids a race of Playwright's load-state
    /// wait seen on a loaded machine.)
    /// </summary>
    public async Task WaitForPathAsync(Func<string, bool> expected)
    {
        await Page.WaitForURLAsync(url => expected(new Uri(url).PathAndQuery), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(Page.Locator("h1")).ToBeVisibleAsync();
    }

    /// <summary>Saves a full-page screenshot as <c>/tmp/browser-shots/{name}.png</c>.</summary>
    public async Task ShotAsync(string name)
    {
        Directory.CreateDirectory(ShotsFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, name + ".png"), FullPage = true });
    }

    /// <summary>Runs axe-core on the current page and returns its violations.</summary>
    public async Task<IReadOnlyList<AxeViolation>> AxeViolationsAsync()
    {
        await Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        var result = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const results = await axe.run(document);
              return results.violations.map(v => ({
                id: v.id, impact: v.impact ?? '', help: v.help,
                targets: v.nodes.map(n => n.target.join(' '))
              }));
            }
            """);
        return result.Deserialize<List<AxeViolation>>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}

/// <summary>One axe-core rule broken on a page, with the CSS selectors of the offending elements.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() =>
        $"[{Impact}] {Id} : {Help}" + string.Concat(Targets.Select(t => Environment.NewLine + "    - " + t));
}
