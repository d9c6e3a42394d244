using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Audit;

/// <summary>
/// Writes the audit log (issue 13) for what a request does: a pupil's page viewed, a file exported, a sign-in. The line is
/// saved at once by a context of its own, so that it never saves anything the request left pending in its context.
/// Conventions' state changes are logged by the save itself (<see cref="AuditTrail"/>), in the same transaction.
/// </summary>
public sealed class AuditLog(IServiceScopeFactory scopes, ICurrentUser currentUser, IHttpContextAccessor http, TimeProvider clock, ILogger<AuditLog> logger)
{
    /// <summary>Records what the signed-in user did, in their school.</summary>
    public Task RecordAsync(AuditKind kind, string? target, int? studentId = null, CancellationToken ct = default) =>
        RecordAsAsync(currentUser.SchoolId, currentUser.UserName ?? "anonyme", kind, target, studentId, ct);

    /// <summary>Records an action of a user named explicitly (a sign-in, before the cookie exists).</summary>
    public async Task RecordAsAsync(int? schoolId, string userName, AuditKind kind, string? target, int? studentId = null, CancellationToken ct = default)
    {
        var entry = new AuditEntry(schoolId, userName, kind, target, studentId, http.HttpContext?.Connection.RemoteIpAddress?.ToString(), clock.GetUtcNow());
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The log must not break the page it records; the failure is in the application's log.
            logger.LogError(ex, "Ligne du journal d'audit non enregistrée : {Kind} par {User}", kind, userName);
        }
    }
}
