using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Placement;

/// <summary>The situation week by week through HTTP: declarations refused or accepted against the conventions, the board and the export.</summary>
public sealed class WeekByWeekTests(TestApp app) : IClassFixture<TestApp>
{
    private static Dictionary<string, string?> Form(DeclarationKind kind, string? note = null, params (string Field, string Value)[] fields)
    {
        var form = new Dictionary<string, string?> { ["Form.Kind"] = kind.ToString(), ["Form.Note"] = note };
        foreach (var (field, value) in fields) form["Form." + field] = value;
        return form;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd");

    private Task<List<PlacementDeclaration>> DeclarationsOfAsync(int studentId) =>
        app.WithDbAsync(db => db.PlacementDeclarations.IgnoreQueryFilters().Where(d => d.StudentId == studentId).ToListAsync());

    [Fact]
    public async Task A_declaration_contradicting_a_signed_week_is_refused_naming_the_convention_and_the_other_week_is_accepted()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await AgreementFactory.CreateAsync(app, world.School.Id, world.Student.Id, world.Host.Id, AgreementState.Signed,
            AgreementFactory.Terms(PeriodOption.Week1, referentTeacherId: world.Staff.Id));
        using var client = await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, world.Class.Id);
        var page = $"/eleves/{world.Student.Id}/situation";

        var refused = await client.PostFormAsync(page, page, Form(DeclarationKind.InSchoolProgramme, fields: ("ProgrammeWeeks", nameof(PeriodOption.BothWeeks))));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var error = Assert.Single(await AppClient.FieldErrorsAsync(refused));
        Assert.StartsWith($"L'élève a une convention signée avec {world.Host.Name} du 14/06/2027 au 18/06/2027, qui couvre la semaine 1", error);
        Assert.Empty(await DeclarationsOfAsync(world.Student.Id));

        var accepted = await client.PostFormAsync(page, page, Form(DeclarationKind.InSchoolProgramme, fields: ("ProgrammeWeeks", nameof(PeriodOption.Week2))));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        // The board shows both weeks and the combined situation; the pupil's page shows what each week rests on.
        var row = BoardScenario.Rows(await client.GetDocumentAsync($"/suivi?classe={world.Class.Id}")).Single();
        Assert.Equal(("Couvert (solutions combinées)", "S1 : Convention signée | S2 : Programme au lycée"), (row.Situation, row.Weeks));
        var details = await client.GetDocumentAsync($"/eleves/{world.Student.Id}");
        var week1 = details.QuerySelector("#semaines [data-week='1']")!.TextContent;
        var week2 = details.QuerySelector("#semaines [data-week='2']")!.TextContent;
        Assert.Contains($"Convention signée avec {world.Host.Name}, du 14/06/2027 au 18/06/2027", week1);
        Assert.Contains("Programme au lycée – semaine 2", week2);
        Assert.DoesNotContain("Programme", week1);

        // The export has the two weeks' columns.
        using var export = await client.GetAsync($"/suivi/export.csv?classe={world.Class.Id}");
        var csv = Encoding.UTF8.GetString((await export.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n");
        Assert.Equal(["Couvert (solutions combinées)", "Convention signée", "Programme au lycée"], csv[1].Split(';')[3..7].Where((_, i) => i != 1));
    }

    [Fact]
    public async Task A_mobility_under_two_weeks_is_refused_on_its_end_date_and_one_of_two_weeks_is_accepted_with_its_facts()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var page = $"/eleves/{world.Student.Id}/situation";
        var start = new DateOnly(2027, 3, 1);
        (string, string)[] Mobility(int days) =>
            [("MobilityStart", Iso(start)), ("MobilityEnd", Iso(start.AddDays(days - 1))), ("Country", "Allemagne"), ("Organisation", "Gymnasium Köln")];

        var refused = await client.PostFormAsync(page, page, Form(DeclarationKind.Mobility, fields: Mobility(13)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var document = await AppClient.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Une mobilité ne remplace la séquence d'observation qu'à partir de deux semaines (14 jours) : celle-ci dure 13 jour(s).",
            document.QuerySelector("#Form_MobilityEnd-messages .fr-message--error")!.TextContent.Trim());
        Assert.Empty(await DeclarationsOfAsync(world.Student.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, page, Form(DeclarationKind.Mobility, fields: Mobility(14)))).StatusCode);
        var mobility = Assert.Single(await DeclarationsOfAsync(world.Student.Id));
        Assert.Equal((start, start.AddDays(13), "Allemagne", "Gymnasium Köln"), (mobility.StartsOn!.Value, mobility.EndsOn!.Value, mobility.Country, mobility.Organisation));
        var row = BoardScenario.Rows(await client.GetDocumentAsync($"/suivi?classe={world.Class.Id}")).Single();
        Assert.Equal(("Mobilité européenne ou internationale", "S1 : Mobilité | S2 : Mobilité"), (row.Situation, row.Weeks));
    }

    [Fact]
    public async Task An_snu_covers_its_weeks_a_search_note_keeps_it_and_only_an_explicit_withdrawal_removes_it()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var page = $"/eleves/{world.Student.Id}/situation";
        var board = $"/suivi?classe={world.Class.Id}";

        var snu = Form(DeclarationKind.Snu, null, ("SnuKind", nameof(SnuKind.GeneralInterestMission)),
            ("SnuStart", Iso(world.Year.Week1Start.AddDays(-10))), ("SnuEnd", Iso(world.Year.Week1End)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, page, snu)).StatusCode);
        var row = BoardScenario.Rows(await client.GetDocumentAsync(board)).Single();
        Assert.Equal(("Partiellement couvert", "S1 : SNU | S2 : Rien"), (row.Situation, row.Weeks));

        await client.PostFormAsync(page, page, Form(DeclarationKind.Searching, "Cherche pour la semaine 2."));
        Assert.Equal("S1 : SNU | S2 : Rien", BoardScenario.Rows(await client.GetDocumentAsync(board)).Single().Weeks);

        // Withdrawing what is not in force is refused; withdrawing the SNU leaves the search note.
        var nothingToWithdraw = await client.PostFormAsync(page, page, Form(DeclarationKind.Withdrawal, fields: ("Withdraws", nameof(DeclarationKind.Mobility))));
        Assert.Equal(["Aucune déclaration « Mobilité européenne ou internationale » n'est en vigueur pour cet élève : rien à retirer."],
            await AppClient.FieldErrorsAsync(nothingToWithdraw));
        Assert.Equal(HttpStatusCode.Redirect,
            (await client.PostFormAsync(page, page, Form(DeclarationKind.Withdrawal, "Mission annulée.", ("Withdraws", nameof(DeclarationKind.Snu))))).StatusCode);
        row = BoardScenario.Rows(await client.GetDocumentAsync(board)).Single();
        Assert.Equal(("En recherche", "S1 : Rien | S2 : Rien"), (row.Situation, row.Weeks));
    }

    [Fact]
    public async Task An_sthr_pupil_who_chooses_the_sequence_is_no_longer_exempted()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var sthr = TestData.Student(world.School.Id, world.Class.Id, "Hôtelier");
        sthr.Sthr();
        sthr = await app.AddAsync(sthr);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var board = $"/suivi?classe={world.Class.Id}";
        Assert.Equal("Dispensé", BoardScenario.Rows(await client.GetDocumentAsync(board)).Single(r => r.StudentId == sthr.Id).Situation);

        var page = $"/eleves/{sthr.Id}/situation";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, page, Form(DeclarationKind.SthrDoesSequence))).StatusCode);
        Assert.Equal("Sans solution", BoardScenario.Rows(await client.GetDocumentAsync(board)).Single(r => r.StudentId == sthr.Id).Situation);

        // Not offered, and refused, for a pupil who is not STHR.
        var other = $"/eleves/{world.Student.Id}/situation";
        Assert.Null((await client.GetDocumentAsync(other)).QuerySelector("input[name='Form.Kind'][value='SthrDoesSequence']"));
        var refused = await client.PostFormAsync(other, other, Form(DeclarationKind.SthrDoesSequence));
        Assert.Equal(["Ce choix ne concerne que les élèves de la série STHR."], await AppClient.FieldErrorsAsync(refused));
    }
}
