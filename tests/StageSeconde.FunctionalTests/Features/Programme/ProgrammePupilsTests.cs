using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.Validation;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Programme;

public sealed class ProgrammePupilsTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Pupils = "/programme/eleves";
    private const string Proposal = "/programme/eleves/proposer";

    private static Dictionary<string, string?> Ticked(IEnumerable<(int Id, int Week)> ticks)
    {
        var fields = new Dictionary<string, string?>();
        var counts = new int[3];
        foreach (var (id, week) in ticks) fields[$"semaine{week}[{counts[week]++}]"] = id.ToString();
        return fields;
    }

    private static async Task<Dictionary<int, string[]>> ProposedAsync(AppClient client)
    {
        var page = await client.GetDocumentAsync(Proposal);
        return page.QuerySelectorAll("tbody tr[data-student]").ToDictionary(
            r => int.Parse(r.GetAttribute("data-student")!),
            r => r.QuerySelectorAll("input[type=checkbox]").Select(c => c.GetAttribute("name")!).ToArray());
    }

    private async Task DeclareAsync(Student student, DeclarationKind kind, string? note = null) => await app.WithDbAsync(async db =>
    {
        var tracked = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == student.Id);
        var request = kind == DeclarationKind.Snu ? new DeclarationRequest(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay, StartsOn: new DateOnly(2027, 6, 14), EndsOn: new DateOnly(2027, 6, 25)) : new DeclarationRequest(kind, note);
        db.PlacementDeclarations.Add(PlacementDeclaration.Declare(tracked, request, AgreementFactory.Head, DateTimeOffset.UtcNow, DeclarationContext.None));
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_proposal_lists_declared_partially_covered_and_unplaced_pupils_for_their_weeks_without_a_convention()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var declared = await Conventions.StudentAsync(app, world, "Declare");
        await DeclareAsync(declared, DeclarationKind.InSchoolProgramme);
        var partial = await Conventions.StudentAsync(app, world, "Partiel");
        await AgreementFactory.CreateAsync(app, world.School.Id, partial.Id, world.Host.Id, AgreementState.Signed, AgreementFactory.Terms(PeriodOption.Week1));
        var placed = await Conventions.StudentAsync(app, world, "Place");
        await AgreementFactory.CreateAsync(app, world.School.Id, placed.Id, world.Host.Id, AgreementState.Signed);
        var snu = await Conventions.StudentAsync(app, world, "Snu");
        await DeclareAsync(snu, DeclarationKind.Snu);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var proposed = await ProposedAsync(client);

        Assert.Equal(["semaine1", "semaine2"], proposed[declared.Id]);
        Assert.Equal(["semaine2"], proposed[partial.Id]);
        Assert.Equal(["semaine1", "semaine2"], proposed[world.Student.Id]);   // nothing at all
        Assert.False(proposed.ContainsKey(placed.Id));
        Assert.False(proposed.ContainsKey(snu.Id));
    }

    [Fact]
    public async Task Confirming_enrols_the_ticked_pupils_for_the_ticked_weeks_without_a_declaration_the_week_showing_the_programme()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var partial = await Conventions.StudentAsync(app, world, "Partiel");
        await AgreementFactory.CreateAsync(app, world.School.Id, partial.Id, world.Host.Id, AgreementState.Signed, AgreementFactory.Terms(PeriodOption.Week1));
        var other = await Conventions.StudentAsync(app, world, "Decoche");
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var response = await client.PostFormAsync(Proposal, Proposal, Ticked([(world.Student.Id, 1), (world.Student.Id, 2), (partial.Id, 2)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([1, 2], (await ProgrammeSetup.EnrolmentsAsync(app, world.Student.Id)).Select(e => e.Week));
        Assert.Equal([2], (await ProgrammeSetup.EnrolmentsAsync(app, partial.Id)).Select(e => e.Week));
        Assert.Empty(await ProgrammeSetup.EnrolmentsAsync(app, other.Id));
        // The enrolments alone give the programme's week: signed week 1, programme week 2, no declaration needed.
        Assert.False(await app.WithDbAsync(db => db.PlacementDeclarations.IgnoreQueryFilters().AnyAsync(d => d.StudentId == partial.Id)));
        var situation = (await app.WithDbAsync(db => StudentSituations.LoadAsync(db, db.Students.IgnoreQueryFilters().Where(s => s.Id == partial.Id), CancellationToken.None)))[partial.Id];
        Assert.Equal((Situation.Combined, WeekSituation.AgreementSigned, WeekSituation.InSchoolProgramme), (situation.Situation, situation.Week1, situation.Week2));

        var page = await client.GetDocumentAsync(Pupils);
        var row = page.QuerySelector($"tr[data-student='{partial.Id}']")!;
        Assert.Contains("Au programme", row.QuerySelector("td[data-week='2']")!.TextContent);
        Assert.DoesNotContain("Au programme", row.QuerySelector("td[data-week='1']")!.TextContent);
        var proposedAgain = await ProposedAsync(client);
        Assert.False(proposedAgain.ContainsKey(partial.Id));
        Assert.True(proposedAgain.ContainsKey(other.Id));
    }

    [Fact]
    public async Task A_pupil_not_to_propose_or_of_another_school_refuses_the_whole_confirmation()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var elsewhere = await SchoolWorld.CreateAsync(app);
        var placed = await Conventions.StudentAsync(app, world, "Place");
        await AgreementFactory.CreateAsync(app, world.School.Id, placed.Id, world.Host.Id, AgreementState.Signed);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        foreach (var wrong in new[] { elsewhere.Student.Id, placed.Id, 999_999 })
        {
            var response = await client.PostFormAsync(Proposal, Proposal, Ticked([(world.Student.Id, 1), (wrong, 1)]));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var page = await client.GetDocumentAsync(Proposal);
            Assert.Contains("Rien n'a été enregistré", page.QuerySelector(".fr-alert--error")!.TextContent);
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.ProgrammeEnrolments.IgnoreQueryFilters()
            .CountAsync(e => e.SchoolId == world.School.Id || e.SchoolId == elsewhere.School.Id)));
    }

    [Fact]
    public async Task A_convention_validated_later_takes_the_pupil_out_of_the_programme_for_its_week_only()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await ProgrammeSetup.CatalogueAsync(app, world);
        var pupils = await ProgrammeSetup.EnrolledAsync(app, world, 3, "2NDE7");
        var leaver = pupils[0];
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        await client.PostFormAsync("/programme/groupes", "/programme/groupes/former", []);
        var group = Assert.Single(await ProgrammeSetup.GroupsAsync(app, world));
        Assert.Contains(group.Members, m => m.StudentId == leaver.Id);
        var agreement = await AgreementFactory.CreateAsync(app, world.School.Id, leaver.Id, world.Host.Id, AgreementState.Submitted,
            AgreementFactory.Terms(PeriodOption.Week1, referentTeacherId: world.Staff.Id));

        var validation = await client.PostFormAsync($"/conventions/{agreement.Id}/valider", $"/conventions/{agreement.Id}/valider",
            new() { ["version"] = agreement.Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, validation.StatusCode);
        var enrolments = await ProgrammeSetup.EnrolmentsAsync(app, leaver.Id);
        Assert.False(enrolments.Single(e => e.Week == 1).IsActive);
        Assert.Contains("Convention validée", enrolments.Single(e => e.Week == 1).LeftReason);
        Assert.True(enrolments.Single(e => e.Week == 2).IsActive);
        var groups = await client.GetDocumentAsync("/programme/groupes");
        Assert.Equal("semaine 2", groups.QuerySelector($"tr[data-student='{leaver.Id}'] td:nth-of-type(2)")!.TextContent.Trim());
        var list = await client.GetDocumentAsync(Pupils);
        Assert.Contains("Sorti(e) le", list.QuerySelector($"tr[data-student='{leaver.Id}'] td[data-week='1']")!.TextContent);
    }

    [Fact]
    public async Task A_two_week_convention_takes_the_pupil_out_of_their_group_and_withdraws_the_declaration()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await ProgrammeSetup.CatalogueAsync(app, world);
        await DeclareAsync(world.Student, DeclarationKind.InSchoolProgramme);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        await client.PostFormAsync(Proposal, Proposal, Ticked([(world.Student.Id, 1), (world.Student.Id, 2)]));
        await client.PostFormAsync("/programme/groupes", "/programme/groupes/former", []);
        var agreement = await AgreementFactory.CreateAsync(app, world.School.Id, world.Student.Id, world.Host.Id, AgreementState.Submitted,
            AgreementFactory.Terms(referentTeacherId: world.Staff.Id));

        await client.PostFormAsync($"/conventions/{agreement.Id}/valider", $"/conventions/{agreement.Id}/valider", new() { ["version"] = agreement.Version.ToString() });

        Assert.All(await ProgrammeSetup.EnrolmentsAsync(app, world.Student.Id), e => Assert.False(e.IsActive));
        Assert.DoesNotContain((await ProgrammeSetup.GroupsAsync(app, world)).SelectMany(g => g.Members), m => m.StudentId == world.Student.Id);
        var latest = await app.WithDbAsync(db => db.PlacementDeclarations.IgnoreQueryFilters().Where(d => d.StudentId == world.Student.Id)
            .OrderByDescending(d => d.DeclaredAt).Select(d => new { d.Kind, d.Withdraws }).FirstAsync());
        Assert.Equal((DeclarationKind.Withdrawal, DeclarationKind.InSchoolProgramme), (latest.Kind, latest.Withdraws!.Value));
    }

    [Fact]
    public async Task The_direction_removes_a_pupil_from_a_week_and_another_school_cannot()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var elsewhere = await SchoolWorld.CreateAsync(app);
        var pupil = (await ProgrammeSetup.EnrolledAsync(app, world, 1, "2NDE8"))[0];
        using var stranger = await app.SignInAsAsync(Roles.Direction, elsewhere.School.Id);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var refused = await stranger.PostFormAsync("/programme/eleves", $"/programme/eleves/{pupil.Id}/retirer", new() { ["week"] = "1" });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.All(await ProgrammeSetup.EnrolmentsAsync(app, pupil.Id), e => Assert.True(e.IsActive));

        var removed = await client.PostFormAsync(Pupils, $"/programme/eleves/{pupil.Id}/retirer", new() { ["week"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var enrolments = await ProgrammeSetup.EnrolmentsAsync(app, pupil.Id);
        Assert.False(enrolments.Single(e => e.Week == 1).IsActive);
        Assert.True(enrolments.Single(e => e.Week == 2).IsActive);
        Assert.NotNull((await client.GetDocumentAsync(Pupils)).QuerySelector($"tr[data-student='{pupil.Id}'] form[data-confirm]"));
    }
}
