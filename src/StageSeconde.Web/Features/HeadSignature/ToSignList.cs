using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.HeadSignature;

/// <summary>A convention waiting for the head's signature, and who has already signed it.</summary>
public sealed record ToSignRow(
    int Id, int Version, AgreementState State, string StudentName, string ClassCode, string HostName, DateOnly FirstDay, DateOnly LastDay,
    IReadOnlyList<SignatureParty> SignedBy);

/// <summary>The conventions validated or in signature that the chef d'établissement has not signed yet.</summary>
public static class ToSignList
{
    public static IQueryable<Agreement> Waiting(AppDbContext db) =>
        db.Agreements.Where(a => (a.State == AgreementState.Validated || a.State == AgreementState.InSignature)
                                 && !a.Signatures.Any(s => s.Party == SignatureParty.SchoolHead));

    public static Task<int> CountAsync(AppDbContext db, CancellationToken ct) => Waiting(db).CountAsync(ct);

    /// <summary>The conventions of <paramref name="ids"/> still waiting for the head's signature.</summary>
    public static async Task<IReadOnlyList<ToSignRow>> RowsAsync(AppDbContext db, IReadOnlyList<int> ids, CancellationToken ct) =>
        (await LoadAsync(Waiting(db).Where(a => ids.Contains(a.Id)), null, 1, ct, pageSize: Math.Max(1, ids.Count))).Items;

    public static Task<PageOf<ToSignRow>> PageAsync(AppDbContext db, string? q, int page, CancellationToken ct) =>
        LoadAsync(Waiting(db), q, page, ct);

    private static async Task<PageOf<ToSignRow>> LoadAsync(IQueryable<Agreement> waiting, string? q, int page, CancellationToken ct,
        int pageSize = PageOf<ToSignRow>.DefaultPageSize)
    {
        var agreements = waiting.AsNoTracking();
        var search = q?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            // Like the student list: an indexed prefix of « last name first name », or a first name anywhere in it.
            var key = SearchText.Normalize(search);
            var upper = SearchText.PrefixUpperBound(key);
            var word = " " + key;
            agreements = agreements.Where(a =>
                (string.Compare(a.Student!.SearchKey, key) >= 0 && string.Compare(a.Student.SearchKey, upper) < 0) || a.Student.SearchKey.Contains(word));
        }
        var rows = await agreements
            .OrderBy(a => a.FirstDay).ThenBy(a => a.Student!.SearchKey).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Version, a.State, a.FirstDay, a.LastDay,
                StudentName = PersonName.LastFirst(a.Student!.LastName, a.Student.FirstName),
                ClassCode = a.Student.SchoolClass!.Code,
                HostName = a.HostOrganisation!.Name,
                Parties = a.Signatures.Select(s => s.Party).ToList(),
            })
            .ToPageAsync(page, ct, pageSize);
        return new PageOf<ToSignRow>(
            rows.Items.Select(r => new ToSignRow(r.Id, r.Version, r.State, r.StudentName, r.ClassCode, r.HostName, r.FirstDay, r.LastDay,
                Agreement.RequiredParties.Where(r.Parties.Contains).ToList())).ToList(),
            rows.Page, rows.PageSize, rows.TotalCount);
    }
}
