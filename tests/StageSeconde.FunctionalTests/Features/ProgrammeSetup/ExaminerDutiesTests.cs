using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.FunctionalTests.Features.ProgrammeSetup;

public sealed class ExaminerDutiesTests(TestApp app) : IClassFixture<TestApp>
{
    private Task<List<ExaminerDuty>> DutiesAsync(int schoolId) =>
        app.WithDbAsync(db => db.ExaminerDuties.IgnoreQueryFilters().Where(d => d.SchoolId == schoolId).OrderBy(d => d.Date).ToListAsync());

    private static async Task<HttpResponseMessage> UploadAsync(AppClient client, string csv, string fileName = "convocations.csv")
    {
        var token = await client.TokenFromAsync("/personnels/convocations/import");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await client.Http.PostAsync("/personnels/convocations/import", form);
    }

    [Fact]
    public async Task A_convocation_is_entered_by_hand_then_deleted_and_bad_input_is_refused()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var bad = await client.PostFormAsync("/personnels/convocations", "/personnels/convocations", new() { ["Form.Note"] = new string('x', 201) });
        var errors = await AppClient.FieldErrorsAsync(bad);
        Assert.Contains("Personnel : choisissez une valeur.", errors);
        Assert.Contains("Date : ce champ est obligatoire.", errors);
        Assert.Contains("Demi-journée : choisissez une valeur.", errors);
        Assert.Contains("200 caractères au maximum.", errors);
        var sunday = await client.PostFormAsync("/personnels/convocations", "/personnels/convocations", new()
        {
            ["Form.StaffMemberId"] = world.Staff.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Date"] = "2027-06-20", ["Form.Part"] = nameof(DayPart.Morning),
        });
        Assert.Contains("Une convocation ne tombe pas un dimanche.", await AppClient.FieldErrorsAsync(sunday));
        Assert.Empty(await DutiesAsync(world.School.Id));

        var good = await client.PostFormAsync("/personnels/convocations", "/personnels/convocations", new()
        {
            ["Form.StaffMemberId"] = world.Staff.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Date"] = "2027-06-16",
            ["Form.Part"] = nameof(DayPart.Afternoon), ["Form.Note"] = "Oral de français",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var duty = Assert.Single(await DutiesAsync(world.School.Id));
        Assert.Equal((world.Staff.Id, new DateOnly(2027, 6, 16), DayPart.Afternoon, "Oral de français"), (duty.StaffMemberId, duty.Date, duty.Part, duty.Note));
        var details = await client.GetDocumentAsync($"/personnels/{world.Staff.Id}");
        Assert.Contains("mercredi 16/06/2027, après-midi — Oral de français", details.Body!.TextContent);

        var token = await client.TokenFromAsync("/personnels/convocations");
        var deleted = await client.PostWithTokenAsync($"/personnels/convocations/{duty.Id}/supprimer", token, []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await DutiesAsync(world.School.Id));
    }

    [Fact]
    public async Task A_csv_file_is_imported_whole_and_once()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var other = await app.AddAsync(TestData.Staff(world.School.Id, "Lefèvre"));
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var csv = $"Nom;Prénom;Courriel;Date;Demi-journée;Note\r\n{world.Staff.LastName};{world.Staff.FirstName};;15/06/2027;matin;Oral\r\n;;{other.Email.ToUpperInvariant()};16/06/2027;journée;Correction\r\n";

        var imported = await UploadAsync(client, csv);

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var duties = await DutiesAsync(world.School.Id);
        Assert.Equal([(world.Staff.Id, DayPart.Morning), (other.Id, DayPart.WholeDay)], duties.Select(d => (d.StaffMemberId, d.Part)));
        var list = await client.GetDocumentAsync("/personnels/convocations");
        Assert.Contains("2 convocation(s) importée(s).", list.Body!.TextContent);

        await UploadAsync(client, csv);
        Assert.Equal(2, (await DutiesAsync(world.School.Id)).Count);
        Assert.Contains("0 convocation(s) importée(s), 2 déjà enregistrée(s).", (await client.GetDocumentAsync("/personnels/convocations")).Body!.TextContent);
    }

    [Fact]
    public async Task A_file_with_a_wrong_line_imports_nothing_and_lists_each_wrong_line()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var csv = $"Nom;Prénom;Date;Demi-journée\r\n{world.Staff.LastName};{world.Staff.FirstName};15/06/2027;matin\r\nInconnu;Paul;15/06/2027;soir\r\n";

        var refused = await UploadAsync(client, csv);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await AppClient.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Rien n'a été importé", page.QuerySelector("#form-errors h2")!.TextContent.Trim());
        Assert.Equal(["Ligne 3 : aucun personnel ne s'appelle « Paul Inconnu » ; « soir » : indiquez matin, après-midi ou journée."],
            page.QuerySelectorAll("#form-errors li").Select(li => li.TextContent.Trim()));
        Assert.Empty(await DutiesAsync(world.School.Id));

        var binary = await UploadAsync(client, "\0\0PK\u0003\u0004 not a csv", "classeur.xlsx");
        Assert.Contains("Le modèle s'importe en .csv", (await AppClient.ParseAsync(await binary.Content.ReadAsStringAsync())).QuerySelector("#form-errors")!.TextContent);
        var template = await client.GetAsync("/personnels/convocations/modele.csv");
        Assert.StartsWith("Nom;Prénom;Courriel;Date;Demi-journée;Note", (await template.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
    }

    [Theory]
    [InlineData(Roles.Cpe)]
    [InlineData(Roles.Enseignant)]
    [InlineData(Roles.ProfesseurPrincipal)]
    public async Task Roles_that_do_not_manage_the_staff_cannot_see_the_convocations(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, world.School.Id);

        using var response = await client.GetAsync("/personnels/convocations");

        Assert.Contains("/acces-refuse", response.Headers.Location!.ToString());
    }
}
