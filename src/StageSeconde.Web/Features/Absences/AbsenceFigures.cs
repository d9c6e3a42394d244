using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Web.Features.Absences;

/// <summary>The direction's absence figures: today's absences, alerts waiting, the longest wait, the median time to inform the family over the sequence.</summary>
public sealed record AbsenceFiguresModel(int Today, int Waiting, int Escalated, TimeSpan? LongestWait, TimeSpan? MedianToFamily, int FamiliesInformed);

public static class AbsenceFigures
{
    public static async Task<AbsenceFiguresModel> LoadAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.TodayInParis();
        var now = clock.GetUtcNow().UtcDateTime;
        var absences = db.Absences.AsNoTracking();
        var todayCount = await absences.CountAsync(a => a.Day == today, ct);
        var unacknowledged = absences.Where(a => a.AcknowledgedAt == null);
        var waiting = await unacknowledged.CountAsync(ct);
        var escalated = await unacknowledged.CountAsync(a => a.EscalatedAt != null, ct);
        var oldest = await unacknowledged.Select(a => (DateTime?)a.ReportedAt).MinAsync(ct);

        var period = await db.SchoolYears.AsNoTracking().Current().Select(y => new { y.ObservationStart, y.ObservationEnd }).FirstOrDefaultAsync(ct);
        var delays = period is null
            ? []
            : (await absences.Where(a => a.Day >= period.ObservationStart && a.Day <= period.ObservationEnd && a.FamilyInformedAt != null)
                .Select(a => new { a.ReportedAt, FamilyInformedAt = a.FamilyInformedAt!.Value })
                .ToListAsync(ct))
              .Select(a => a.FamilyInformedAt - a.ReportedAt).Select(d => d < TimeSpan.Zero ? TimeSpan.Zero : d).Order().ToList();

        return new AbsenceFiguresModel(todayCount, waiting, escalated, now - oldest, Median(delays), delays.Count);
    }

    /// <summary>The median of sorted durations; null when there are none.</summary>
    public static TimeSpan? Median(IReadOnlyList<TimeSpan> sorted) =>
        sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

/// <summary>The absences block of the direction's dashboard.</summary>
public sealed class AbsenceFiguresViewComponent(AppDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Features/Absences/Views/_AbsenceFigures.cshtml", await AbsenceFigures.LoadAsync(db, clock, HttpContext.RequestAborted));
}
