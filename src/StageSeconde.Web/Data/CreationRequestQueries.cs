using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

/// <summary>« This creation form was already sent » for pupils, guardians, hosts and tutors (ADR 0009, <see cref="ICreatedByRequest"/>).</summary>
public static class CreationRequestQueries
{
    public const string AlreadyCreated = "Ce formulaire avait déjà été envoyé : la fiche n'a été créée qu'une fois. La voici.";

    /// <summary>The id of the record the request already created, if any.</summary>
    public static Task<int?> CreatedByAsync<T>(this IQueryable<T> records, Guid requestId, CancellationToken ct) where T : Entity, ICreatedByRequest =>
        records.AsNoTracking().Where(r => r.CreationRequestId == requestId).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
}
