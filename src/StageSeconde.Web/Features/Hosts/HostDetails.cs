using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Hosts;

public sealed record TutorRow(int Id, string FullName, string Function, string? Email, string? Phone, int Agreements);

public sealed record HostDetailsModel(
    int Id, string Name, HostKind Kind, string Siret, string AddressLine, string PostalCode, string City,
    string RepresentativeName, string RepresentativeFunction, string? Email, string? Phone,
    string? Insurer, string? InsurancePolicyNumber, string? ActivitySector, bool IsArchived,
    DateTime UpdatedAt, string? UpdatedBy, IReadOnlyList<TutorRow> Tutors, int Agreements)
{
    /// <summary>The record is in use (<see cref="RecordsInUse"/>): the delete page offers to archive it instead.</summary>
    public bool InUse { get; init; }

    /// <summary>The version the page shows, checked when archiving.</summary>
    public int Version { get; init; }

    public static async Task<HostDetailsModel?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var model = await db.HostOrganisations.AsNoTracking().Where(h => h.Id == id)
            .Select(h => new HostDetailsModel(h.Id, h.Name, h.Kind, h.Siret, h.AddressLine, h.PostalCode, h.City,
                h.RepresentativeName, h.RepresentativeFunction, h.Email, h.Phone, h.Insurer, h.InsurancePolicyNumber, h.ActivitySector, h.IsArchived,
                h.UpdatedAt, h.UpdatedBy,
                h.Tutors.OrderBy(t => t.LastName).ThenBy(t => t.FirstName)
                    .Select(t => new TutorRow(t.Id, PersonName.FirstLast(t.FirstName, t.LastName), t.Function, t.Email, t.Phone, db.Agreements.Count(a => a.TutorId == t.Id))).ToList(),
                db.Agreements.Count(a => a.HostOrganisationId == h.Id)) { Version = h.Version })
            .FirstOrDefaultAsync(ct);
        return model is null ? null : model with { InUse = await db.HostInUseAsync(id, ct) };
    }
}
