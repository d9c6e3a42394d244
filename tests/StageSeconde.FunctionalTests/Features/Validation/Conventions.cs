using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.FunctionalTests.Features.Validation;

/// <summary>Conventions in the states and shapes the validation and signature tests need, beyond <see cref="AgreementFactory"/>.</summary>
public static class Conventions
{
    /// <summary>Tuesday 8 h – 17 h with a 1 h 30 lunch: 7 h 30 of presence, over the daily limit of 7 h.</summary>
    public static IReadOnlyList<DaySchedule> SevenAndAHalfHourTuesday() =>
    [
        .. AgreementFactory.LawfulWeek().Where(d => d.Day != DayOfWeek.Tuesday),
        new DaySchedule(DayOfWeek.Tuesday, new TimeOnly(8, 0), new TimeOnly(17, 0), new DayBreak(new TimeOnly(12, 0), new TimeOnly(13, 30))),
    ];

    /// <summary>Another student of the world's class, with a reachable legal guardian.</summary>
    public static async Task<Student> StudentAsync(TestApp app, SchoolWorld world, string lastName)
    {
        var student = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, lastName));
        await app.AddAsync(TestData.Guardian(world.School.Id, student.Id));
        return student;
    }

    /// <summary>A submitted convention of a new student at the world's host, with a referent teacher available for the period.</summary>
    public static async Task<Agreement> SubmittedAsync(TestApp app, SchoolWorld world, string lastName, int? hostId = null)
    {
        var student = await StudentAsync(app, world, lastName);
        return await AgreementFactory.CreateAsync(app, world.School.Id, student.Id, hostId ?? world.Host.Id, AgreementState.Submitted,
            AgreementFactory.Terms(referentTeacherId: world.Staff.Id));
    }

    /// <summary>
    /// Changes the timetable of a submitted convention the way an edit does (<see cref="Agreement.ApplyEdit"/> keeps it
    /// submitted without checking it): the convention then waits for validation with an illegal timetable.
    /// </summary>
    public static Task MakeScheduleIllegalAsync(TestApp app, int agreementId) => app.WithDbAsync(async db =>
    {
        var agreement = await db.Agreements.IgnoreQueryFilters().SingleAsync(a => a.Id == agreementId);
        var year = await db.SchoolYears.IgnoreQueryFilters().SingleAsync(y => y.Id == agreement.SchoolYearId);
        var host = await db.HostOrganisations.IgnoreQueryFilters().SingleAsync(h => h.Id == agreement.HostOrganisationId);
        var tutor = await db.Tutors.IgnoreQueryFilters().SingleAsync(t => t.Id == agreement.TutorId);
        agreement.ApplyEdit(year, host, tutor, AgreementFactory.Terms(agreement.Period, SevenAndAHalfHourTuesday(), agreement.ReferentTeacherId),
            AgreementFactory.Secretary, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        Assert.Equal(AgreementState.Submitted, agreement.State);
    });

    public static Task<Agreement> ReloadAsync(TestApp app, int id) =>
        app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().AsNoTracking().Include(a => a.Transitions).Include(a => a.Signatures).SingleAsync(a => a.Id == id));

    /// <summary>Files a scan of <paramref name="agreementId"/> the way an upload does: a file in the store and its row.</summary>
    public static Task<AgreementScan> ScanAsync(TestApp app, int schoolId, int agreementId, byte[] content, string name = "convention.pdf", string contentType = "application/pdf") =>
        app.WithDbAsync(async db =>
        {
            var store = app.Services.GetRequiredService<IFileStore>();
            var stored = await store.SaveAsync(new MemoryStream(content), Path.GetExtension(name), CancellationToken.None);
            var scan = new AgreementScan(schoolId, agreementId, name, stored, contentType, content.Length, "secretariat@test.fr", DateTimeOffset.UtcNow);
            db.Add(scan);
            await db.SaveChangesAsync();
            return scan;
        });

    /// <summary>A small but real PDF.</summary>
    public static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
        "trailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A 1 × 1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>Per application (each has its own database, where ids start again at 1), per school.</summary>
    private static readonly ConditionalWeakTable<TestApp, ConcurrentDictionary<int, Lazy<Task<(int AgreementId, int ScanId)>>>> Records = new();

    /// <summary>A convention of the world (draft), created on first use; for the rules of the isolation tests.</summary>
    public static int AgreementOf(TestApp app, SchoolWorld world) => RecordsOf(app, world).AgreementId;

    /// <summary>A scan of <see cref="AgreementOf"/>, created on first use; for the rules of the isolation tests.</summary>
    public static int ScanOf(TestApp app, SchoolWorld world) => RecordsOf(app, world).ScanId;

    private static (int AgreementId, int ScanId) RecordsOf(TestApp app, SchoolWorld world) =>
        Records.GetOrCreateValue(app).GetOrAdd(world.School.Id, _ => new Lazy<Task<(int, int)>>(() => Task.Run(async () =>
        {
            var agreement = await AgreementFactory.CreateAsync(app, world);
            var scan = await ScanAsync(app, world.School.Id, agreement.Id, Pdf);
            return (agreement.Id, scan.Id);
        }))).Value.GetAwaiter().GetResult();
}
