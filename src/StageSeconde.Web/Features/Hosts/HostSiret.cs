using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Hosts;

public sealed record HostWithSiret(int Id, string Name);

/// <summary>A SIRET is unique within a school: the check made before saving a host (here or inline in a convention).</summary>
public static class HostSiret
{
    /// <summary>The school's host that already has <paramref name="siret"/> (spaces ignored), other than <paramref name="exceptHostId"/>.</summary>
    public static Task<HostWithSiret?> HostWithSiretAsync(this AppDbContext db, string? siret, int? exceptHostId, CancellationToken ct)
    {
        var compact = Normalized.Siret(siret);
        return db.HostOrganisations.AsNoTracking()
            .Where(h => h.Siret == compact && h.Id != exceptHostId)
            .Select(h => new HostWithSiret(h.Id, h.Name))
            .FirstOrDefaultAsync(ct);
    }
}
