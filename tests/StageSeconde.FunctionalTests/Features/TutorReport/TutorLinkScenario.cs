using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.TutorReport;

/// <summary>
/// A school with a validated convention (14–25 June 2027), a referent teacher with a phone, a CPE account, the lycée's
/// phone, and the tutor's link issued by the secrétariat from the convention's page.
/// </summary>
public sealed record TutorLinkScenario(SchoolWorld World, Agreement Agreement, StaffMember Referent, AppClient Staff, string Token)
{
    public const string SchoolPhone = "0143111111";
    public const string ReferentPhone = "0655443322";

    public string Path => "/t/" + Token;

    public static async Task<TutorLinkScenario> CreateAsync(TutorLinkTestApp app, string? studentLastName = null, string? studentFirstName = null)
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            var school = await db.Schools.SingleAsync(s => s.Id == world.School.Id);
            school.Phone = SchoolPhone;
            school.Email = "ce.lycee@ac-creteil.fr";
            if (studentLastName is not null || studentFirstName is not null)
            {
                var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == world.Student.Id);
                student.UpdateDetails(student.Ine, studentLastName ?? student.LastName, studentFirstName ?? student.FirstName, student.BirthDate, student.SchoolClassId, student.IsSthr);
            }
            await db.SaveChangesAsync();
        });
        var referent = TestData.Staff(world.School.Id, "Caër");
        referent.UpdateDetails(referent.LastName, "Jérôme", referent.Function, referent.Email, ReferentPhone);
        referent = await app.AddAsync(referent);
        await app.CreateUserAsync(world.School.Id, Roles.Cpe);
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated, AgreementFactory.Terms(referentTeacherId: referent.Id));
        var staff = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var token = await IssueAsync(staff, agreement.Id);
        return new TutorLinkScenario(world, agreement, referent, staff, token);
    }

    /// <summary>Issues a new link from the convention's page and reads its token back from the page.</summary>
    public static async Task<string> IssueAsync(AppClient staff, int agreementId)
    {
        var page = $"/conventions/{agreementId}";
        var response = await staff.PostFormAsync(page, $"/conventions/{agreementId}/lien-tuteur/emettre", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await CurrentTokenAsync(staff, agreementId);
    }

    public static async Task<string> CurrentTokenAsync(AppClient staff, int agreementId)
    {
        var document = await staff.GetDocumentAsync($"/conventions/{agreementId}");
        var url = document.QuerySelector("[data-tutor-link]")?.TextContent.Trim() ?? throw new InvalidOperationException("Pas de lien du tuteur sur la page.");
        Assert.StartsWith("https://stageseconde.example.fr/t/", url);
        return url[(url.LastIndexOf('/') + 1)..];
    }
}
