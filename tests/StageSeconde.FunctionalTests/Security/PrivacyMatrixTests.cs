using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.Absences;
using StageSeconde.FunctionalTests.Features.MyStudents;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using UglyToad.PdfPig;

namespace StageSeconde.FunctionalTests.Security;

/// <summary>
/// The role matrix of docs/matrice-des-roles.md, through HTTP: for each role, each page, PDF and export that names a
/// pupil shows (or not) the pupil's home address, the guardian's phone and the PAI.
/// </summary>
public sealed class PrivacyMatrixTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Address = "12 rue des Lilas";
    /// <summary>The guardian's mobile (TestData.Guardian), as pages print it.</summary>
    private const string GuardianPhone = "06 12 34 56 78";
    private const string Pai = "trousse d'urgence fournie par l'infirmerie Pasteur";

    public enum Who { Direction, Secretariat, Administrateur, Cpe, PrincipalOfTheClass, PrincipalOfAnotherClass, Referent, AnotherTeacher }

    /// <summary>Role → may see the home address, the guardians' contacts, the PAI.</summary>
    public static TheoryData<Who, bool, bool, bool> Matrix => new()
    {
        { Who.Direction, true, true, true },
        { Who.Secretariat, true, true, true },
        { Who.Administrateur, true, true, true },
        { Who.Cpe, false, true, true },
        { Who.PrincipalOfTheClass, true, true, true },
        { Who.PrincipalOfAnotherClass, false, false, false },
        { Who.Referent, true, true, true },
        { Who.AnotherTeacher, false, false, false },
    };

    private sealed record Scene(SchoolWorld World, Agreement Agreement, string ReferentEmail, int AbsenceId);

    private async Task<Scene> SceneAsync()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == world.Student.Id);
            student.UpdateContact(Address, "94000", "Créteil", "lea.eleve@example.fr", "0611223344");
            await db.SaveChangesAsync();
        });
        var (referentEmail, referentId) = await MyStudentsWorld.StaffUserAsync(app, world.School.Id, Roles.Enseignant);
        var terms = AgreementFactory.Terms(referentTeacherId: referentId) with { HasPai = true, EmergencyKitSuppliedBy = "l'infirmerie Pasteur" };
        var agreement = await AgreementFactory.CreateAsync(app, world, AgreementState.Validated, terms);
        return new Scene(world, agreement, referentEmail, AbsenceRecords.Of(app, world));
    }

    private async Task<AppClient> ClientAsync(Who who, Scene scene)
    {
        var schoolId = scene.World.School.Id;
        switch (who)
        {
            case Who.Referent:
                return await app.SignInAsync(scene.ReferentEmail);
            case Who.PrincipalOfTheClass:
            {
                var (email, staffId) = await MyStudentsWorld.StaffUserAsync(app, schoolId, Roles.ProfesseurPrincipal);
                await app.WithDbAsync(async db =>
                {
                    var schoolClass = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == scene.World.Class.Id);
                    schoolClass.AssignPrincipalTeachers([await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == staffId)]);
                    await db.SaveChangesAsync();
                });
                return await app.SignInAsync(email);
            }
            case Who.PrincipalOfAnotherClass:
            {
                var (email, staffId) = await MyStudentsWorld.StaffUserAsync(app, schoolId, Roles.ProfesseurPrincipal);
                var other = await app.AddAsync(TestData.Class(schoolId, "2NDE9"));
                await app.WithDbAsync(async db =>
                {
                    var schoolClass = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == other.Id);
                    schoolClass.AssignPrincipalTeachers([await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == staffId)]);
                    await db.SaveChangesAsync();
                });
                return await app.SignInAsync(email);
            }
            default:
                var role = who switch
                {
                    Who.Direction => Roles.Direction, Who.Secretariat => Roles.Secretariat, Who.Administrateur => Roles.Administrateur,
                    Who.Cpe => Roles.Cpe, _ => Roles.Enseignant,
                };
                return await app.SignInAsAsync(role, schoolId);
        }
    }

    private static async Task<string> PageTextAsync(AppClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK) return "";
        return (await AppClient.ParseAsync(await response.Content.ReadAsStringAsync())).Body?.TextContent ?? "";
    }

    private static void Shows(bool expected, string text, string what, string where)
    {
        var shown = text.Contains(what, StringComparison.Ordinal);
        Assert.True(expected == shown, $"{where} : « {what} » {(expected ? "devrait être affiché" : "ne devrait pas être affiché")}.");
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_sees_on_the_pupils_pages_only_what_the_matrix_allows(Who who, bool address, bool guardians, bool health)
    {
        var scene = await SceneAsync();
        using var client = await ClientAsync(who, scene);

        var pupil = await PageTextAsync(client, $"/eleves/{scene.World.Student.Id}");
        Assert.Contains(scene.World.Student.FirstName, pupil);
        Shows(address, pupil, Address, "Fiche élève");
        Shows(guardians, pupil, GuardianPhone, "Fiche élève");
        Shows(guardians, pupil, "parent@example.fr", "Fiche élève");
        Assert.DoesNotContain(Pai, pupil);

        var convention = await PageTextAsync(client, $"/conventions/{scene.Agreement.Id}");
        Assert.Contains("Responsables", convention);
        Shows(guardians, convention, GuardianPhone, "Convention");
        Shows(health, convention, Pai, "Convention");
        Shows(!health, convention, "Réservé à la direction", "Convention");

        // The absence's page is for those who follow the pupil: they all may reach the family.
        var absence = await PageTextAsync(client, $"/absences/{scene.AbsenceId}");
        Assert.DoesNotContain(Address, absence);
        if (!guardians) Assert.DoesNotContain(GuardianPhone, absence);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task The_printed_and_sealed_conventions_are_for_those_who_may_see_everything(Who who, bool address, bool guardians, bool health)
    {
        var scene = await SceneAsync();
        using var client = await ClientAsync(who, scene);

        var response = await client.GetAsync($"/conventions/{scene.Agreement.Id}/pdf");
        var sealedPdf = await client.GetAsync($"/conventions/{scene.Agreement.Id}/convention-signee.pdf");

        if (address && guardians && health)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
            var text = string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
            Assert.Contains("Lilas", text);
            Assert.Equal(HttpStatusCode.NotFound, sealedPdf.StatusCode); // not signed online: no sealed copy
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/acces-refuse", response.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Redirect, sealedPdf.StatusCode);
            Assert.Contains("/acces-refuse", sealedPdf.Headers.Location!.OriginalString);
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task No_export_carries_the_address_the_guardians_contacts_or_the_pai(Who who, bool address, bool guardians, bool health)
    {
        _ = (address, guardians, health);
        var scene = await SceneAsync();
        using var client = await ClientAsync(who, scene);
        string[] exports =
        [
            "/conventions/export.csv", "/conventions/export.xlsx", $"/suivi/export.csv?classe={scene.World.Class.Id}", "/absences/export.csv",
            "/evaluations/export.csv", "/programme/export/groupes.csv", "/restitution/export.csv", "/restitution/export.xlsx",
        ];

        var reached = 0;
        foreach (var url in exports)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK) continue;
            reached++;
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var text = url.Contains(".xlsx", StringComparison.Ordinal) ? Xlsx(bytes) : Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(Address, text);
            Assert.DoesNotContain("0612345678", text);
            Assert.DoesNotContain(GuardianPhone, text);
            Assert.DoesNotContain("parent@example.fr", text);
            Assert.DoesNotContain("infirmerie Pasteur", text);
            Assert.DoesNotContain("PAI", text);
        }
        Assert.True(reached > 0, "Aucun export atteint : le test ne vérifierait rien.");
    }

    /// <summary>The text of every part of an XLSX package (shared strings and inline strings).</summary>
    private static string Xlsx(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }
}
