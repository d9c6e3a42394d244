using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// The CPE's home (docs/reference-produit.md §5): the alerts nobody has acknowledged yet, escalated ones and the oldest first,
/// then today's absences whose family is not yet informed. Professeurs principaux and référents see those of their students.
/// </summary>
public sealed record AbsenceInboxModel(DateOnly Today, DateTime Now, IReadOnlyList<AbsenceRow> Waiting, IReadOnlyList<AbsenceRow> FamilyToInform)
{
    /// <summary>How many rows each list shows at most (the register has the rest).</summary>
    public const int Shown = 100;
}

public static class AbsenceInbox
{
    public static async Task<AbsenceInboxModel> LoadAsync(AppDbContext db, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.TodayInParis();
        var visible = db.Absences.AsNoTracking().VisibleTo(db, user);
        var waiting = (await AbsenceList.Rows(visible.Where(a => a.AcknowledgedAt == null)).ToListAsync(ct))
            .OrderByDescending(r => r.EscalatedAt is not null).ThenBy(r => r.ReportedAt).ThenBy(r => r.Id)
            .Take(AbsenceInboxModel.Shown).ToList();
        var family = await AbsenceList.Rows(visible.Where(a => a.Day == today && a.AcknowledgedAt != null && a.FamilyInformedAt == null && a.Justified == null))
            .Take(AbsenceInboxModel.Shown).ToListAsync(ct);
        return new AbsenceInboxModel(today, clock.GetUtcNow().UtcDateTime, waiting, family);
    }
}
