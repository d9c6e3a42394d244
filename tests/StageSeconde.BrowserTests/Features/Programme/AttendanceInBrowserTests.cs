using Microsoft.Playwright;
using StageSeconde.BrowserTests.Browser;
using StageSeconde.FunctionalTests.Features.Programme;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StageSeconde.BrowserTests.Features.Programme;

[Collection(BrowserCollection.Name)]
public sealed class AttendanceInBrowserTests(BrowserApp app, ITestOutputHelper output)
{
    private async Task AssertNoViolationAsync(BrowserSession browser)
    {
        Assert.Empty(browser.BrokenResources);
        var violations = await browser.AxeViolationsAsync();
        foreach (var violation in violations) output.WriteLine(violation.ToString());
        Assert.True(violations.Count == 0, $"axe-core sur {browser.PathAndQuery} :{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "La page défile horizontalement à 768 px.");

    [BrowserFact]
    public async Task The_supervisor_takes_the_attendance_on_a_tablet_and_an_absent_pupil_is_reported()
    {
        // The programme started on the Monday of last week (the app runs on the real clock): its half-days have begun.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7);
        var p = await ProgrammeWorld.CreateAsync(app, periodStart: monday);
        await using var browser = await app.OpenAsync(bypassContentSecurityPolicy: true);
        var page = browser.Page;
        await page.SetViewportSizeAsync(768, 1024);

        await browser.SignInAsync(p.Teacher.Login);
        await browser.GotoAsync("/programme/appel");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Appel du programme au lycée");
        await Expect(page.Locator(".fr-tile__title a").First).ToContainTextAsync("groupe Les");
        await AssertNoHorizontalScrollAsync(page);
        await AssertNoViolationAsync(browser);
        await browser.ShotAsync("programme-appel-liste-768");

        var friday = monday.AddDays(4);
        await browser.GotoAsync(ProgrammeWorld.AttendanceUrl(p.Curious, friday, false));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Appel – groupe Les Curieux");
        var martin = page.GetByRole(AriaRole.Group, new() { Name = "MARTIN Léa" });
        await Expect(martin.GetByLabel("Présent")).ToBeCheckedAsync();
        // A large touch target: the « Absent » button is at least 44 px high.
        var box = await martin.Locator("label", new() { HasText = "Absent" }).BoundingBoxAsync();
        Assert.True(box is { Height: >= 44 }, $"Bouton « Absent » de {box?.Height} px de haut.");
        await AssertNoHorizontalScrollAsync(page);
        await AssertNoViolationAsync(browser);

        await martin.Locator("label", new() { HasText = "Absent" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'appel" }).ClickAsync();
        await Expect(page.Locator(".fr-alert--success")).ToContainTextAsync("2 présent(s), 1 absent(s)");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "MARTIN Léa" }).GetByLabel("Absent")).ToBeCheckedAsync();
        await Expect(page.Locator(".app-attendance")).ToContainTextAsync("Absence signalée au CPE");
        await AssertNoHorizontalScrollAsync(page);
        await AssertNoViolationAsync(browser);
        await browser.ShotAsync("programme-appel-768");
    }
}
