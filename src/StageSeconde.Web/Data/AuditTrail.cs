using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Data;

/// <summary>
/// The audit lines a save writes by itself (issue 13): every state change of a convention is an added
/// <see cref="AgreementTransition"/>, whichever controller or service made it; and every record a signed-in user creates,
/// changes or deletes among the personal ones (pupil, guardian, tutor, staff member, a convention's content) is one line
/// naming the fields changed (never their values). <see cref="AuditInterceptor"/> calls this before saving, so the lines
/// are in the same transaction as the change.
/// </summary>
public static class AuditTrail
{
    public static void AddFor(AppDbContext db, DateTimeOffset now)
    {
        AddStateChanges(db, now);
        AddRecordChanges(db, now);
    }

    private static void AddStateChanges(AppDbContext db, DateTimeOffset now)
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

    /// <summary>Audit columns and concurrency tokens: not what the user changed.</summary>
    private static readonly HashSet<string> Bookkeeping =
        ["CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "Version", "SearchKey", "SchoolId"];

    private static void AddRecordChanges(AppDbContext db, DateTimeOffset now)
    {
        // Background work (no user) and the retention purge (which writes its own line) are not edits by a person.
        if (db.CurrentUser.UserName is not { } userName) return;
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (entries.Any(e => e.Metadata.FindProperty("AnonymisedAt") is not null && e.State == EntityState.Modified
                             && e.Property("AnonymisedAt").IsModified)) return;

        foreach (var entry in entries)
        {
            var (what, studentId) = entry.Entity switch
            {
                Student s => ($"élève n° {s.Id}", s.Id),
                Guardian g => ($"responsable légal n° {g.Id} (élève n° {g.StudentId})", (int?)g.StudentId),
                Tutor t => ($"tuteur n° {t.Id}", null),
                StaffMember m => ($"personnel n° {m.Id}", null),
                Agreement a => ($"convention n° {a.Id}", a.StudentId),
                PupilReport r => ($"rapport de stage n° {r.Id} (élève n° {r.StudentId})", (int?)r.StudentId),
                _ => (null, null),
            };
            if (what is null) continue;
            // A state change is already its own line (AddStateChanges).
            if (entry.Entity is Agreement changed && entry.State == EntityState.Modified
                && changed.Transitions.Any(t => db.Entry(t).State == EntityState.Added)) continue;
            var target = entry.State switch
            {
                EntityState.Added => $"Création : {NewRecord(what)}",
                EntityState.Deleted => $"Suppression : {what}",
                _ => $"Modification : {what} ({string.Join(", ", ChangedFields(entry))})",
            };
            if (entry.State == EntityState.Modified && !ChangedFields(entry).Any()) continue;
            var schoolId = entry.Entity is ISchoolOwned owned && owned.SchoolId > 0 ? owned.SchoolId : db.CurrentSchoolId;
            db.AuditEntries.Add(new AuditEntry(schoolId, userName, AuditKind.RecordChanged, target,
                studentId is > 0 ? studentId : null, ipAddress: null, now));
        }
    }

    private static string NewRecord(string what) => what.Replace(" n° 0", "", StringComparison.Ordinal);

    private static IEnumerable<string> ChangedFields(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.Properties.Where(p => p.IsModified && !Bookkeeping.Contains(p.Metadata.Name)).Select(p => p.Metadata.Name);
}
