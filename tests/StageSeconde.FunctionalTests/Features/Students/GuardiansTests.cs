using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Students;

public sealed class GuardiansTests(TestApp app) : IClassFixture<TestApp>
{
    private static Dictionary<string, string?> Unreachable() => new()
    {
        ["Form.Version"] = "0", ["Form.LastName"] = "Moreau", ["Form.FirstName"] = "Karim", ["Form.Relationship"] = nameof(GuardianRelationship.Father),
        ["Form.IsLegalGuardian"] = "true", ["Form.AddressLine"] = "4 allée des Tilleuls", ["Form.PostalCode"] = "94000", ["Form.City"] = "Créteil",
    };

    [Fact]
    public async Task A_guardian_must_be_reachable_by_email_or_phone()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/eleves/{world.Student.Id}/responsables/nouveau";
        var before = await app.CountAsync<Guardian>();

        var refused = await client.PostFormAsync(url, url, Unreachable());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(refused), e => e.StartsWith("Le responsable doit être joignable"));
        Assert.Equal(before, await app.CountAsync<Guardian>());

        var form = Unreachable();
        form["Form.HomePhone"] = "0033 1 43 99 88 77";
        var ok = await client.PostFormAsync(url, url, form);

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var guardian = await app.WithDbAsync(db => db.Guardians.IgnoreQueryFilters().SingleAsync(g => g.StudentId == world.Student.Id && g.LastName == "Moreau"));
        Assert.Equal("0143998877", guardian.HomePhone);
        Assert.Null(guardian.MobilePhone);
        Assert.Null(guardian.Email);
        Assert.True(guardian.IsLegalGuardian);
        Assert.Equal(GuardianRelationship.Father, guardian.Relationship);
        Assert.Equal(world.School.Id, guardian.SchoolId);
        var details = await client.GetDocumentAsync($"/eleves/{world.Student.Id}");
        var row = details.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Karim MOREAU"));
        Assert.Contains("Père", row.TextContent);
        Assert.Contains("01 43 99 88 77", row.TextContent);
    }

    [Fact]
    public async Task Broken_guardian_fields_are_refused_in_french()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var url = $"/eleves/{world.Student.Id}/responsables/nouveau";
        var before = await app.CountAsync<Guardian>();
        var form = Unreachable();
        form["Form.FirstName"] = "";
        form["Form.Relationship"] = "";
        form["Form.MobilePhone"] = "07 12";
        form["Form.Email"] = "karim at example.fr";

        var response = await client.PostFormAsync(url, url, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await AppClient.FieldErrorsAsync(response);
        Assert.Contains("Prénom : ce champ est obligatoire.", errors);
        Assert.Contains("Lien avec l'élève : choisissez une valeur.", errors);
        Assert.Contains(errors, e => e.StartsWith("Numéro de téléphone invalide"));
        Assert.Contains(errors, e => e.StartsWith("Adresse électronique invalide"));
        Assert.Equal(before, await app.CountAsync<Guardian>());
    }

    [Fact]
    public async Task Editing_a_guardian_normalises_phones_and_keeps_the_reachability_rule()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/eleves/responsables/{world.Guardian.Id}/modifier";
        var edit = await client.GetDocumentAsync(url);
        Assert.Equal("06 12 34 56 78", edit.QuerySelector("#Form_MobilePhone")!.GetAttribute("value"));
        Assert.Equal("Mother", edit.QuerySelector("#Form_Relationship option[selected]")!.GetAttribute("value"));

        var form = Unreachable();
        form["Form.Version"] = "1";
        var refused = await client.PostFormAsync(url, url, form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(refused), e => e.StartsWith("Le responsable doit être joignable"));

        form["Form.MobilePhone"] = "07.11.22.33.44";
        form["Form.IsLegalGuardian"] = "false";
        form["Form.Relationship"] = nameof(GuardianRelationship.Other);
        var ok = await client.PostFormAsync(url, url, form);

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal($"/eleves/{world.Student.Id}", ok.Headers.Location!.OriginalString);
        var saved = await app.WithDbAsync(db => db.Guardians.IgnoreQueryFilters().SingleAsync(g => g.Id == world.Guardian.Id));
        Assert.Equal("0711223344", saved.MobilePhone);
        Assert.Null(saved.Email);
        Assert.False(saved.IsLegalGuardian);
        Assert.Equal(GuardianRelationship.Other, saved.Relationship);
        Assert.Equal(2, saved.Version);
    }

    [Fact]
    public async Task A_guardian_edit_based_on_an_old_version_is_refused_and_keeps_the_input()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/eleves/responsables/{world.Guardian.Id}/modifier";
        var form = Unreachable();
        form["Form.Email"] = "karim.moreau@example.fr";
        form["Form.Version"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, url, form)).StatusCode);

        form["Form.LastName"] = "Nom périmé";
        var conflict = await client.PostFormAsync(url, url, form);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await AppClient.ParseAsync(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Quelqu'un d'autre a modifié cette fiche", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Nom périmé", page.QuerySelector("#Form_LastName")!.GetAttribute("value"));
        Assert.Equal("Moreau", await app.WithDbAsync(db => db.Guardians.IgnoreQueryFilters().Where(g => g.Id == world.Guardian.Id).Select(g => g.LastName).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_the_only_guardian_flags_the_student_as_having_no_reachable_guardian()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var details = await client.GetDocumentAsync($"/eleves/{world.Student.Id}");
        var deleteForm = details.QuerySelector($"form[action='/eleves/responsables/{world.Guardian.Id}/supprimer']")!;
        Assert.False(string.IsNullOrEmpty(deleteForm.GetAttribute("data-confirm")));
        var listBefore = await client.GetDocumentAsync("/eleves");
        Assert.DoesNotContain("Aucun responsable joignable", listBefore.QuerySelector("tbody")!.TextContent);

        var response = await client.PostFormAsync($"/eleves/{world.Student.Id}", $"/eleves/responsables/{world.Guardian.Id}/supprimer", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Guardians.IgnoreQueryFilters().AnyAsync(g => g.Id == world.Guardian.Id)));
        var listAfter = await client.GetDocumentAsync("/eleves");
        Assert.Contains("Aucun responsable joignable", listAfter.QuerySelector("tbody")!.TextContent);
        var detailsAfter = await client.GetDocumentAsync($"/eleves/{world.Student.Id}");
        Assert.Contains("Aucun responsable légal joignable", detailsAfter.Body!.TextContent);
    }

    [Fact]
    public async Task A_guardian_who_is_not_a_legal_guardian_does_not_count_as_reachable()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            var guardian = await db.Guardians.IgnoreQueryFilters().SingleAsync(g => g.Id == world.Guardian.Id);
            guardian.IsLegalGuardian = false;
            var legalWithoutContact = TestData.Guardian(world.School.Id, world.Student.Id);
            legalWithoutContact.Email = null;
            legalWithoutContact.MobilePhone = null;
            db.Guardians.Add(legalWithoutContact);
            await db.SaveChangesAsync();
        });
        using var client = await app.SignInAsAsync(Roles.Enseignant, world.School.Id);

        var list = await client.GetDocumentAsync("/eleves");

        Assert.Contains("Aucun responsable joignable", list.QuerySelector("tbody")!.TextContent);
        var details = await client.GetDocumentAsync($"/eleves/{world.Student.Id}");
        Assert.Equal(2, details.QuerySelectorAll("tbody tr").Length);
        Assert.Null(details.QuerySelector("a[href$='/responsables/nouveau']"));
    }
}
