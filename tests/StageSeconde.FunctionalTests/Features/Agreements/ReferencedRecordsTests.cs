using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Agreements;

/// <summary>Records named in a convention are kept: deleting them is refused with a French explanation and nothing changes.</summary>
public sealed class ReferencedRecordsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_host_in_a_convention_is_archived_not_deleted()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await AgreementFactory.CreateAsync(app, world);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/structures/{world.Host.Id}/supprimer";

        var confirm = await client.GetDocumentAsync(url);
        Assert.Contains("Suppression impossible", confirm.Body!.TextContent);
        Assert.Null(confirm.QuerySelector($"form[action='{url}']"));

        var response = await client.PostFormAsync(url, url, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().AnyAsync(h => h.Id == world.Host.Id)));
        var tutorDelete = await client.PostFormAsync($"/structures/{world.Host.Id}", $"/structures/tuteurs/{world.Tutor.Id}/supprimer", []);
        Assert.Equal(HttpStatusCode.Redirect, tutorDelete.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Tutors.IgnoreQueryFilters().AnyAsync(t => t.Id == world.Tutor.Id)));
        var details = await client.GetDocumentAsync(tutorDelete.Headers.Location!.OriginalString);
        Assert.Contains("est tuteur dans des conventions", details.Body!.TextContent);
    }

    [Fact]
    public async Task A_student_with_a_convention_is_marked_as_left_not_deleted()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await AgreementFactory.CreateAsync(app, world);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/eleves/{world.Student.Id}/supprimer";

        var confirm = await client.GetDocumentAsync(url);
        Assert.Contains("Suppression impossible", confirm.Body!.TextContent);
        var response = await client.PostFormAsync(url, url, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().AnyAsync(s => s.Id == world.Student.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().CountAsync(a => a.StudentId == world.Student.Id)));
    }

    [Fact]
    public async Task A_guardian_who_signed_is_kept()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var response = await client.PostFormAsync($"/eleves/{world.Student.Id}", $"/eleves/responsables/{world.Guardian.Id}/supprimer", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Guardians.IgnoreQueryFilters().AnyAsync(g => g.Id == world.Guardian.Id)));
    }

    [Fact]
    public async Task A_referent_teacher_of_a_convention_is_kept()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await AgreementFactory.CreateAsync(app, world, terms: AgreementFactory.Terms(referentTeacherId: world.Staff.Id));
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/personnels/{world.Staff.Id}/supprimer";

        var confirm = await client.GetDocumentAsync(url);
        Assert.Contains("professeur référent de 1 convention(s)", confirm.Body!.TextContent);
        await client.PostFormAsync(url, url, []);

        Assert.True(await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().AnyAsync(s => s.Id == world.Staff.Id)));
    }
}
