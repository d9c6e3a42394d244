using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Audit;

/// <summary>
/// Writes the audit log (issue 13) for what a request does: a pupil's page viewed, a file exported, a sign-in. The line is
/// saved at once with the request's <see cref="AppDbContext"/> — call it when nothing else is pending (after the action's own
/// save, or on a read). Conventions' state changes are logged by the save itself (<see cref="AuditTrail"/>).
/// </summary>
public sealed class AuditLog(AppDbContext db, ICurrentUser currentUser, IHttpContextAccessor http, TimeProvider clock, ILogger<AuditLog> logger)
{
    /// <summary>Records what the signed-in user did, in their school.</summary>
    public Task RecordAsync(AuditKind kind, string? target, int? studentId = null, CancellationToken ct = default) =>
        RecordAsAsync(currentUser.SchoolId, currentUser.UserName ?? "anonyme", kind, target, studentId, ct);

    /// <summary>Records an action of a user named explicitly (a sign-in, before the cookie exists).</summary>
    public async Task RecordAsAsync(int? schoolId, string userName, AuditKind kind, string? target, int? studentId = null, CancellationToken ct = default)
    {
        var entry = new AuditEntry(schoolId, userName, kind, target, studentId, http.HttpContext?.Connection.RemoteIpAddress?.ToString(), clock.GetUtcNow());
        db.AuditEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The log must not break the page it records; the failure is in the application's log.
            db.Entry(entry).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            logger.LogError(ex, "Ligne du journal d'audit non enregistrée : {Kind} par {User}", kind, userName);
        }
    }
}
