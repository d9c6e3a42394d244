using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.PupilReports;

/// <summary>A report as the pages show it.</summary>
public sealed record PupilReportView(
    int Id, int SchoolYearId, int StartYear, bool IsCurrentYear, DateOnly HandedInOn, string? Comment, string? FileName, string? ContentType, long FileSize,
    string RecordedBy, DateTime RecordedAt, int Version)
{
    public string YearLabel => $"{StartYear}-{StartYear + 1}";
    public bool HasFile => FileName is not null;
}

/// <summary>The report page of a pupil for the current school year.</summary>
public sealed record PupilReportPageModel(
    int StudentId, string StudentName, string ClassCode, int? YearId, string? YearLabel, DateOnly FirstObservationDay, PupilReportView? Existing, PupilReportForm Form);

public static class PupilReportPage
{
    /// <summary>The page for <paramref name="studentId"/> (null when not a pupil of this school), with the form filled from the current year's report.</summary>
    public static async Task<PupilReportPageModel?> LoadAsync(AppDbContext db, int studentId, DateOnly today, CancellationToken ct)
    {
        var student = await db.Students.AsNoTracking().Where(s => s.Id == studentId)
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.SchoolClass!.Code }).FirstOrDefaultAsync(ct);
        if (student is null) return null;
        var year = await db.CurrentYearAsync(ct);
        var existing = year is null ? null : (await ReportsOfAsync(db, studentId, ct)).FirstOrDefault(r => r.SchoolYearId == year.Id);
        var first = year is null ? today : await FirstObservationDayAsync(db, studentId, year, ct);
        var form = existing is null
            ? new PupilReportForm { HandedInOn = today }
            : new PupilReportForm { HandedInOn = existing.HandedInOn, Comment = existing.Comment, Version = existing.Version };
        return new PupilReportPageModel(student.Id, PersonName.LastFirst(student.LastName, student.FirstName), student.Code, year?.Id, year?.Label, first, existing, form);
    }

    /// <summary>
    /// The pupil's first day of observation in <paramref name="year"/>: the first day of their first convention (not
    /// cancelled), or, without one (in-school programme, SNU, mobility…), the first day of the year's observation period.
    /// </summary>
    public static async Task<DateOnly> FirstObservationDayAsync(AppDbContext db, int studentId, SchoolYear year, CancellationToken ct)
    {
        var firstDay = await db.Agreements.AsNoTracking()
            .Where(a => a.StudentId == studentId && a.SchoolYearId == year.Id && a.State != AgreementState.Cancelled)
            .MinAsync(a => (DateOnly?)a.FirstDay, ct);
        return firstDay ?? year.ObservationStart;
    }

    /// <summary>Every report of the pupil, the newest year first.</summary>
    public static async Task<IReadOnlyList<PupilReportView>> ReportsOfAsync(AppDbContext db, int studentId, CancellationToken ct) =>
        await db.PupilReports.AsNoTracking().Where(r => r.StudentId == studentId)
            .Join(db.SchoolYears, r => r.SchoolYearId, y => y.Id, (r, y) => new { r, y })
            .OrderByDescending(x => x.y.StartYear)
            .Select(x => new PupilReportView(x.r.Id, x.r.SchoolYearId, x.y.StartYear, x.y.IsCurrent, x.r.HandedInOn, x.r.Comment, x.r.OriginalFileName,
                x.r.ContentType, x.r.FileSize, x.r.RecordedBy, x.r.RecordedAt, x.r.Version))
            .ToListAsync(ct);
}
