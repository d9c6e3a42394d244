using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.FunctionalTests.Features.Validation;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.FunctionalTests.Features.Absences;

/// <summary>One justified absence with its document per school of a world, for the tests that visit every record route (isolation).</summary>
public static class AbsenceRecords
{
    private static readonly ConditionalWeakTable<TestApp, ConcurrentDictionary<int, Lazy<Task<int>>>> Records = new();

    public static int Of(TestApp app, SchoolWorld world) =>
        Records.GetOrCreateValue(app).GetOrAdd(world.School.Id, _ => new Lazy<Task<int>>(() => Task.Run(async () =>
        {
            var at = DateTimeOffset.UtcNow;
            var facts = new AbsenceFacts(DateOnly.FromDateTime(at.UtcDateTime), AbsenceKind.Illness, DayPart.WholeDay, null, null);
            var absence = Absence.Open(world.School.Id, world.Student.Id, null, facts, new AbsenceReport(ReportSource.FamilyCall, "La mère", null, DayPart.WholeDay, null, at), at.AddMinutes(30));
            var stored = await app.Services.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(Conventions.Pdf), ".pdf", CancellationToken.None);
            absence.Justify(true, "Certificat médical.", new Actor("cpe@test.fr"), at, new StoredDocument("certificat.pdf", stored, "application/pdf"));
            await app.AddAsync(absence);
            return absence.Id;
        }))).Value.GetAwaiter().GetResult();
}
