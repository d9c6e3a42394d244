using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Hosts;

/// <summary>The list's query string: search, filters, sort, page.</summary>
public sealed record HostListQuery(string? Q, HostKind? Kind, bool Archived = false, string? Sort = null, int Page = 1)
{
    public const string DefaultSort = "name";
}

public sealed record HostRow(int Id, string Name, HostKind Kind, string Siret, string City, int Tutors, bool HasInsurer, bool IsArchived);

public sealed record HostListModel(HostListQuery Query, PageOf<HostRow> Rows);

public static class HostList
{
    public static async Task<HostListModel> LoadAsync(AppDbContext db, HostListQuery query, CancellationToken ct)
    {
        var hosts = db.HostOrganisations.AsNoTracking().Where(h => h.IsArchived == query.Archived);

        var q = query.Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            var siret = FrenchIdentifiers.Compact(q);
            if (siret.Length >= 9 && siret.All(char.IsAsciiDigit))
            {
                hosts = hosts.Where(h => h.Siret.StartsWith(siret));
            }
            else
            {
                // Indexed prefix range on the normalised name + city key, and a word anywhere in it.
                var key = SearchText.Normalize(q);
                var upper = SearchText.PrefixUpperBound(key);
                var word = " " + key;
                hosts = hosts.Where(h => (string.Compare(h.SearchKey, key) >= 0 && string.Compare(h.SearchKey, upper) < 0) || h.SearchKey.Contains(word));
            }
        }
        if (query.Kind is { } kind) hosts = hosts.Where(h => h.Kind == kind);

        hosts = (query.Sort ?? HostListQuery.DefaultSort) switch
        {
            "-name" => hosts.OrderByDescending(h => h.SearchKey),
            "city" => hosts.OrderBy(h => h.City).ThenBy(h => h.SearchKey),
            "-city" => hosts.OrderByDescending(h => h.City).ThenBy(h => h.SearchKey),
            "kind" => hosts.OrderBy(h => h.Kind).ThenBy(h => h.SearchKey),
            "-kind" => hosts.OrderByDescending(h => h.Kind).ThenBy(h => h.SearchKey),
            _ => hosts.OrderBy(h => h.SearchKey),
        };

        var page = await hosts
            .Select(h => new HostRow(h.Id, h.Name, h.Kind, h.Siret, h.City, h.Tutors.Count, h.Insurer != null, h.IsArchived))
            .ToPageAsync(query.Page, ct);
        return new HostListModel(query, page);
    }
}
