using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Imports;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Imports;

/// <summary>Issue 13: the same export confirmed twice at the same moment (two uploads, two tabs) creates its pupils once.</summary>
public sealed class ConcurrentImportTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Two_confirmations_of_the_same_export_at_the_same_moment_never_create_duplicates()
    {
        var school = await app.AddAsync(TestData.School());
        using var first = await app.SignInAsAsync(Roles.Secretariat, school.Id);
        using var second = await app.SignInAsAsync(Roles.Secretariat, school.Id);
        var file = SiecleSamples.Students(school.Uai);
        var previews = await Task.WhenAll(
            first.GetDocumentAsync(await first.UploadAcceptedAsync(ImportKind.SiecleStudents, "ElevesSansAdresses.xml", file)),
            second.GetDocumentAsync(await second.UploadAcceptedAsync(ImportKind.SiecleStudents, "ElevesSansAdresses.xml", file)));
        Assert.All(previews, p => Assert.Equal(5, ImportClient.Counts(p)["Create"]));

        var confirmations = await Task.WhenAll(first.ConfirmAsync(previews[0]), second.ConfirmAsync(previews[1]));

        Assert.All(confirmations, c => Assert.Equal((HttpStatusCode.Redirect, "/imports"), (c.StatusCode, c.Headers.Location!.OriginalString)));
        var students = await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().Where(s => s.SchoolId == school.Id).Select(s => s.SiecleId).ToListAsync());
        Assert.Equal(5, students.Count);
        Assert.Equal(students.Count, students.Distinct().Count());
        var logs = await app.WithDbAsync(db => db.ImportLogs.IgnoreQueryFilters().Where(l => l.SchoolId == school.Id).OrderBy(l => l.Id).ToListAsync());
        Assert.Equal([5, 0], logs.Select(l => l.Created));
        Assert.Equal(5, logs[1].Unchanged);
    }
}
