using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>
/// « This form was already sent »: a creation form carries a request id (<see cref="AgreementForm.RequestId"/>), stored
/// with the conventions it creates, so that the same form sent twice (double click, reload, two requests at once) finds
/// them instead of creating them again.
/// </summary>
public static class CreationRequests
{
    public const string AlreadyCreatedOne = "Ce formulaire avait déjà été envoyé : la convention n'a été créée qu'une fois. La voici.";
    public const string AlreadyCreatedGroup = "Ce formulaire avait déjà été envoyé : les conventions n'ont été créées qu'une fois. Les voici.";

    /// <summary>The request id the form was sent with, or null for a new request (an empty id is a tampered form: a new request too).</summary>
    public static Guid? SentRequestId(this AgreementForm form) => form.RequestId is { } id && id != Guid.Empty ? id : null;

    /// <summary>The convention the request already created, if any.</summary>
    public static Task<int?> AgreementCreatedByAsync(this AppDbContext db, Guid requestId, CancellationToken ct) =>
        db.Agreements.AsNoTracking().Where(a => a.CreationRequestId == requestId).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);

    /// <summary>Whether any of the requests already created a convention.</summary>
    public static Task<bool> AnyAgreementCreatedByAsync(this AppDbContext db, IEnumerable<Guid> requestIds, CancellationToken ct)
    {
        var ids = requestIds.Select(g => (Guid?)g).ToList();
        return db.Agreements.AsNoTracking().AnyAsync(a => ids.Contains(a.CreationRequestId), ct);
    }
}
