using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Agreements;

public sealed record HostChoice(int Id, string Name, string City, string Siret, string RepresentativeName, string RepresentativeFunction, string Address)
{
    /// <summary>Name first (type-ahead in the list), then the city and the SIRET that tell two homonyms apart.</summary>
    public string Text => $"{Name} – {City} (SIRET {SpacedSiret})";

    private string SpacedSiret => Siret.Length == 14 ? $"{Siret[..3]} {Siret[3..6]} {Siret[6..9]} {Siret[9..]}" : Siret;
}

public sealed record TutorChoice(int Id, int HostId, string FirstName, string LastName, string Function)
{
    public string Text => $"{PersonName.FirstLast(FirstName, LastName)} – {Function}";
}

public sealed record StaffChoice(int Id, string FirstName, string LastName, string Function)
{
    public string Text => $"{PersonName.FirstLast(FirstName, LastName)} – {Function}";
}

/// <summary>The lists the convention form offers: hosts (not archived), their tutors, referent teachers (not archived).</summary>
public sealed record AgreementChoices(YearWeeks Year, IReadOnlyList<HostChoice> Hosts, IReadOnlyList<TutorChoice> Tutors, IReadOnlyList<StaffChoice> Referents)
{
    /// <summary>The lists, plus the convention's current host and referent even if archived since.</summary>
    public static async Task<AgreementChoices> LoadAsync(AppDbContext db, YearWeeks year, int? keepHostId, int? keepReferentId, CancellationToken ct)
    {
        var hosts = await db.HostOrganisations.AsNoTracking()
            .Where(h => !h.IsArchived || h.Id == keepHostId)
            .OrderBy(h => h.SearchKey).ThenBy(h => h.Id)
            .Select(h => new HostChoice(h.Id, h.Name, h.City, h.Siret, h.RepresentativeName, h.RepresentativeFunction, h.AddressLine + ", " + h.PostalCode + " " + h.City))
            .ToListAsync(ct);
        var tutors = await db.Tutors.AsNoTracking()
            .Where(t => !t.HostOrganisation!.IsArchived || t.HostOrganisationId == keepHostId)
            .OrderBy(t => t.LastName).ThenBy(t => t.FirstName).ThenBy(t => t.Id)
            .Select(t => new TutorChoice(t.Id, t.HostOrganisationId, t.FirstName, t.LastName, t.Function))
            .ToListAsync(ct);
        var referents = await db.Staff.AsNoTracking()
            .Where(s => !s.IsArchived || s.Id == keepReferentId)
            .OrderBy(s => s.SearchKey).ThenBy(s => s.Id)
            .Select(s => new StaffChoice(s.Id, s.FirstName, s.LastName, s.Function))
            .ToListAsync(ct);
        return new AgreementChoices(year, hosts, tutors, referents);
    }
}
