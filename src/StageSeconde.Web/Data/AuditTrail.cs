using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Data;

/// <summary>
/// The audit lines a save writes by itself (issue 13): every state change of a convention is an added
/// <see cref="AgreementTransition"/>, whichever controller or service made it; <see cref="AuditInterceptor"/> calls this
/// before saving, so the line is in the same transaction as the change.
/// </summary>
public static class AuditTrail
{
    public static void AddFor(AppDbContext db, DateTimeOffset now)
    {
        var added = db.ChangeTracker.Entries<AgreementTransition>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet();
        if (added.Count == 0) return;
        foreach (var agreement in db.ChangeTracker.Entries<Agreement>().Select(e => e.Entity).ToList())
        {
            foreach (var transition in agreement.Transitions.Where(added.Contains))
            {
                var target = agreement.Id > 0
                    ? $"Convention n° {agreement.Id} : {transition.To.Label()}"
                    : $"Nouvelle convention : {transition.To.Label()}";
                db.AuditEntries.Add(new AuditEntry(agreement.SchoolId > 0 ? agreement.SchoolId : db.CurrentSchoolId, transition.ByUserName,
                    AuditKind.AgreementStateChanged, target, agreement.StudentId > 0 ? agreement.StudentId : null, ipAddress: null, now));
            }
        }
    }
}
