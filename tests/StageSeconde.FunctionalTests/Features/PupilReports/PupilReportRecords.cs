using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.FunctionalTests.Features.Validation;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.FunctionalTests.Features.PupilReports;

/// <summary>A report with a file for the pupil of a world (once per school), for the security tests that call every route.</summary>
public static class PupilReportRecords
{
    private static readonly ConditionalWeakTable<TestApp, ConcurrentDictionary<int, Lazy<Task<int>>>> Records = new();

    /// <summary>The id of the world's pupil, who then has a report with a PDF for the world's year.</summary>
    public static int StudentWithReportOf(TestApp app, SchoolWorld world) =>
        Records.GetOrCreateValue(app).GetOrAdd(world.School.Id, _ => new Lazy<Task<int>>(() => Task.Run(async () =>
        {
            var stored = await app.Services.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(Conventions.Pdf), ".pdf", CancellationToken.None);
            var report = new PupilReport(world.School.Id, world.Student.Id, world.Year.Id);
            var day = world.Year.ObservationStart;
            report.Record(day, "Rapport de test.", day, day, "direction@test.fr", DateTimeOffset.UtcNow);
            report.AttachFile("rapport.pdf", stored, "application/pdf", Conventions.Pdf.Length);
            await app.AddAsync(report);
            return world.Student.Id;
        }))).Value.GetAwaiter().GetResult();
}
