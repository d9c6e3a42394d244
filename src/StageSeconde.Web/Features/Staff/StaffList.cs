using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Staff;

/// <summary>The list's query string: name search, availability and examiner filters (convoked on a day of the observation period), archived, sort, page.</summary>
public sealed record StaffListQuery(string? Q, bool? Available = null, bool? Examiner = null, bool Archived = false, string? Sort = null, int Page = 1)
{
    public const string DefaultSort = "name";
}

public sealed record StaffRow(
    int Id, string FullName, string Function, string Email, string? Phone, bool AvailableDuringPeriod, int ExaminerDays, bool IsArchived)
{
    /// <summary>Filled after the page is read, with one query for the whole page.</summary>
    public StaffAccount Account { get; init; } = StaffAccount.None;
}

public sealed record StaffListModel(StaffListQuery Query, PageOf<StaffRow> Rows);

public static class StaffList
{
    public static async Task<StaffListModel> LoadAsync(AppDbContext db, StaffListQuery query, CancellationToken ct)
    {
        var staff = db.Staff.AsNoTracking().Where(s => s.IsArchived == query.Archived);

        var key = SearchText.Normalize(query.Q);
        if (key.Length > 0)
        {
            // Indexed prefix range on the normalised "last first" key, and the first name (a word inside it).
            var upper = SearchText.PrefixUpperBound(key);
            var word = " " + key;
            staff = staff.Where(s => (string.Compare(s.SearchKey, key) >= 0 && string.Compare(s.SearchKey, upper) < 0) || s.SearchKey.Contains(word));
        }
        if (query.Available is { } available) staff = staff.Where(s => s.AvailableDuringPeriod == available);
        // Convocations on the days of the current year's observation period (none without a current year).
        var year = await db.CurrentYearAsync(ct);
        var (first, last) = year is null ? (DateOnly.MaxValue, DateOnly.MinValue) : (year.ObservationStart, year.ObservationEnd);
        var duties = db.ExaminerDuties.Where(d => d.Date >= first && d.Date <= last);
        if (query.Examiner is { } examiner) staff = staff.Where(s => duties.Any(d => d.StaffMemberId == s.Id) == examiner);

        staff = (query.Sort ?? StaffListQuery.DefaultSort) switch
        {
            "-name" => staff.OrderByDescending(s => s.SearchKey),
            "function" => staff.OrderBy(s => s.Function).ThenBy(s => s.SearchKey),
            "-function" => staff.OrderByDescending(s => s.Function).ThenBy(s => s.SearchKey),
            _ => staff.OrderBy(s => s.SearchKey),
        };

        var page = await staff
            .Select(s => new StaffRow(s.Id, PersonName.FirstLast(s.FirstName, s.LastName), s.Function, s.Email, s.Phone,
                s.AvailableDuringPeriod, duties.Where(d => d.StaffMemberId == s.Id).Select(d => d.Date).Distinct().Count(), s.IsArchived))
            .ToPageAsync(query.Page, ct);

        var accounts = await StaffAccounts.ForAsync(db, page.Items.Select(r => r.Id).ToList(), ct);
        var rows = page.Items.Select(r => r with { Account = accounts.For(r.Id) }).ToList();
        return new StaffListModel(query, page with { Items = rows });
    }
}
