using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.TutorLinks;

namespace StageSeconde.Web.Features.TutorReport;

/// <summary>
/// What the tutor's page shows, and nothing more (docs/reference-produit.md §5): the student's first name and initial,
/// the dates and daily hours, the referent teacher's name and phone, the lycée's name and phone; plus what the form needs
/// (the ids to report with, the tutor's name to prefill). Read across schools: the link names the school.
/// </summary>
public sealed record TutorPage(
    string Token, int SchoolId, int AgreementId, int StudentId, bool IsCancelled,
    string StudentFirstName, string StudentInitial, DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<DaySchedule> Schedule,
    string? ReferentName, string? ReferentPhone, string SchoolName, string? SchoolPhone, string? SchoolEmail, string TutorName)
{
    /// <summary>« Léa D. »</summary>
    public string StudentLabel => $"{StudentFirstName} {StudentInitial}.";

    public TutorLinkPeriod PeriodOn(DateOnly today) => TutorLinkWindow.PeriodOn(today, FirstDay, LastDay);

    /// <summary>The days a report can be about: the convention's days with hours, up to tomorrow.</summary>
    public IReadOnlyList<DateOnly> ReportableDays(DateOnly today)
    {
        var days = new List<DateOnly>();
        var last = LastDay < today.AddDays(1) ? LastDay : today.AddDays(1);
        for (var day = FirstDay; day <= last; day = day.AddDays(1))
        {
            if (Schedule.Any(d => d.Day == day.DayOfWeek && !d.IsDayOff)) days.Add(day);
        }
        return days;
    }

    public static async Task<TutorPage?> LoadAsync(AppDbContext db, string token, TutorLinkMatch link, CancellationToken ct)
    {
        var row = await db.Agreements.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Id == link.AgreementId && a.SchoolId == link.SchoolId)
            .Select(a => new
            {
                a.StudentId, a.State, a.Student!.FirstName, a.Student.LastName, a.FirstDay, a.LastDay,
                Days = a.Schedule.Select(d => new { d.Day, d.Start, d.End, d.Breaks }).ToList(),
                Referent = a.ReferentTeacher == null ? null : new { a.ReferentTeacher.FirstName, a.ReferentTeacher.LastName, a.ReferentTeacher.Phone },
                TutorFirst = a.Tutor!.FirstName, TutorLast = a.Tutor.LastName,
            })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == link.SchoolId)
            .Select(s => new { s.Name, s.Phone, s.Email }).FirstAsync(ct);
        var days = row.Days.ToDictionary(d => d.Day);
        var schedule = Agreement.ScheduleDays
            .Select(day => days.TryGetValue(day, out var d) ? new DaySchedule(day, d.Start, d.End, d.Breaks) : DaySchedule.Off(day))
            .ToList();
        return new TutorPage(token, link.SchoolId, link.AgreementId, row.StudentId, row.State == AgreementState.Cancelled,
            row.FirstName, Initial(row.LastName), row.FirstDay, row.LastDay, schedule,
            row.Referent is null ? null : PersonName.FirstLast(row.Referent.FirstName, row.Referent.LastName), row.Referent?.Phone,
            school.Name, school.Phone, school.Email, $"{row.TutorFirst} {row.TutorLast}".Trim());
    }

    private static string Initial(string lastName)
    {
        var trimmed = lastName.Trim();
        return trimmed.Length == 0 ? "" : char.ToUpperInvariant(trimmed[0]).ToString();
    }
}
