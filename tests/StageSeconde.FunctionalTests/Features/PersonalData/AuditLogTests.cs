using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.PersonalData;

/// <summary>The audit log (issue 13): what is recorded, by whom, from where, and the Direction's page with its filters.</summary>
public sealed class AuditLogTests(TestApp app) : IClassFixture<TestApp>
{
    private Task<List<AuditEntry>> EntriesAsync(Func<AuditEntry, bool> where) =>
        app.WithDbAsync(async db => (await db.AuditEntries.AsNoTracking().ToListAsync()).Where(where).ToList());

    [Fact]
    public async Task Viewing_a_pupils_page_is_recorded_but_a_page_not_found_is_not()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var other = await SchoolWorld.CreateAsync(app, "Autre lycée");
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        using var teacher = await app.SignInAsync(email);

        using var own = await teacher.GetAsync($"/eleves/{world.Student.Id}");
        using var foreign = await teacher.GetAsync($"/eleves/{other.Student.Id}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var views = await EntriesAsync(e => e.Kind == AuditKind.ViewedStudent && e.UserName == email);
        var view = Assert.Single(views);
        Assert.Equal(world.Student.Id, view.StudentId);
        Assert.Equal(world.School.Id, view.SchoolId);
    }

    [Fact]
    public async Task Who_changed_a_pupils_record_is_recorded_with_the_fields_never_their_values()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        using var secretariat = await app.SignInAsync(email);
        var token = await secretariat.TokenFromAsync($"/eleves/{world.Student.Id}");

        using var deleted = await secretariat.PostWithTokenAsync($"/eleves/responsables/{world.Guardian.Id}/supprimer", token, []);
        await app.WithDbAsync(async db =>
        {
            var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == world.Student.Id);
            db.Entry(student).Property(s => s.FirstName).CurrentValue = "Prénom-Changé";
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var line = Assert.Single(await EntriesAsync(e => e.Kind == AuditKind.RecordChanged && e.UserName == email));
        Assert.Equal($"Suppression : responsable légal n° {world.Guardian.Id} (élève n° {world.Student.Id})", line.Target);
        Assert.Equal(world.Student.Id, line.StudentId);
        Assert.Equal(world.School.Id, line.SchoolId);
        // A change made without a signed-in user (background work, the test's own context) is not a person's edit.
        Assert.DoesNotContain(await EntriesAsync(e => e.Kind == AuditKind.RecordChanged), e => e.Target!.Contains("Prénom-Changé", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edit_names_the_fields_changed()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        using var secretariat = await app.SignInAsync(email);
        var url = $"/eleves/responsables/{world.Guardian.Id}/modifier";
        var page = await secretariat.GetDocumentAsync(url);
        var fields = page.QuerySelectorAll("form[method=post] input[name^='Form.'], form[method=post] select[name^='Form.']")
            .Where(i => i.GetAttribute("type") is not ("checkbox" or "radio") || i.HasAttribute("checked"))
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().LocalName == "select"
                ? g.First().QuerySelector("option[selected]")?.GetAttribute("value")
                : g.First().GetAttribute("value"));
        fields["Form.MobilePhone"] = "07 11 22 33 44";

        using var saved = await secretariat.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var line = Assert.Single(await EntriesAsync(e => e.Kind == AuditKind.RecordChanged && e.UserName == email));
        Assert.StartsWith($"Modification : responsable légal n° {world.Guardian.Id}", line.Target);
        Assert.Contains("MobilePhone", line.Target);
        Assert.DoesNotContain("0711223344", line.Target);
    }

    [Fact]
    public async Task Sign_ins_are_recorded_with_the_address_and_failures_too()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Secretariat);
        using var anonymous = app.AnonymousClient();
        using var failed = await anonymous.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = "Mauvais-mot-de-passe-1!" });
        using var client = await app.SignInAsync(email);

        var lines = await EntriesAsync(e => e.UserName == email);
        var failure = Assert.Single(lines, e => e.Kind == AuditKind.SignInFailed);
        Assert.Equal(world.School.Id, failure.SchoolId);
        var success = Assert.Single(lines, e => e.Kind == AuditKind.SignedIn);
        Assert.Equal(world.School.Id, success.SchoolId);
        Assert.DoesNotContain("Mauvais", string.Join(" ", lines.Select(l => l.Target)));
    }

    [Fact]
    public async Task An_export_and_a_conventions_state_changes_are_recorded()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        using var direction = await app.SignInAsync(email);

        using var export = await direction.GetAsync("/suivi/export.csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);

        var exported = Assert.Single(await EntriesAsync(e => e.Kind == AuditKind.Exported && e.UserName == email));
        Assert.Contains("/suivi/export.csv", exported.Target);
        var changes = await EntriesAsync(e => e.Kind == AuditKind.AgreementStateChanged && e.StudentId == world.Student.Id);
        Assert.Contains(changes, c => c.Target!.Contains("Validée"));
        Assert.Contains(changes, c => c.Target!.Contains("Soumise"));
        Assert.All(changes, c => Assert.Equal(world.School.Id, c.SchoolId));
        Assert.Contains(changes, c => c.Target!.Contains($"n° {agreement.Id}"));
    }

    [Fact]
    public async Task The_direction_filters_its_schools_log_by_kind_and_pupil_and_sees_no_other_school()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var other = await SchoolWorld.CreateAsync(app, "Lycée d'à côté");
        var now = DateTimeOffset.UtcNow;
        await app.AddAsync(new AuditEntry(world.School.Id, "cpe.lecteur@test.fr", AuditKind.ViewedStudent, "Fiche de l'élève", world.Student.Id, "192.0.2.9", now));
        await app.AddAsync(new AuditEntry(world.School.Id, "cpe.lecteur@test.fr", AuditKind.Exported, "/absences/export.csv", null, "192.0.2.9", now));
        await app.AddAsync(new AuditEntry(other.School.Id, "espion@test.fr", AuditKind.ViewedStudent, "Fiche de l'élève", other.Student.Id, "192.0.2.66", now));
        for (var i = 0; i < 55; i++)
            await app.AddAsync(new AuditEntry(world.School.Id, "pagination@test.fr", AuditKind.Exported, $"/export-{i}.csv", null, null, now.AddSeconds(-i)));
        using var direction = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var all = await direction.GetDocumentAsync("/donnees/journal");
        Assert.DoesNotContain("espion@test.fr", all.Body!.TextContent);
        Assert.NotNull(all.QuerySelector(".fr-pagination"));

        var views = await direction.GetDocumentAsync($"/donnees/journal?type=ViewedStudent&eleve={world.Student.Id}");
        var rows = views.QuerySelectorAll("#audit-entries tbody tr");
        Assert.Single(rows);
        Assert.Contains("cpe.lecteur@test.fr", rows[0].TextContent);
        Assert.Contains("192.0.2.9", rows[0].TextContent);

        var byUser = await direction.GetDocumentAsync("/donnees/journal?utilisateur=pagination&du=" + now.AddDays(-1).ToString("yyyy-MM-dd"));
        Assert.Contains("55 ligne(s)", byUser.QuerySelector(".app-count")!.TextContent);

        var byName = await direction.GetDocumentAsync("/donnees/journal?nom=" + Uri.EscapeDataString(world.Student.LastName));
        Assert.All(byName.QuerySelectorAll("#audit-entries tbody tr"), r => Assert.Contains(world.Student.LastName, r.TextContent));

        var empty = await direction.GetDocumentAsync("/donnees/journal?du=2001-01-01&au=2001-01-02");
        Assert.NotNull(empty.QuerySelector("#audit-empty"));
    }

    [Theory]
    [InlineData(Roles.Cpe)]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.ProfesseurPrincipal)]
    public async Task Other_roles_are_refused_the_log(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, world.School.Id);
        using var response = await client.GetAsync("/donnees/journal");
        Assert.Contains("/acces-refuse", response.Headers.Location?.ToString() ?? "");
    }
}
