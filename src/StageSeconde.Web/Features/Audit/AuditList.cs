using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Audit;

/// <summary>The filters of the audit log page: dates (Paris), user (start of the login), kind, pupil (id from the pupil's page, or start of the name).</summary>
public sealed record AuditListQuery(
    [ModelBinder(Name = "du")] DateOnly? From,
    [ModelBinder(Name = "au")] DateOnly? To,
    [ModelBinder(Name = "utilisateur")] string? User,
    [ModelBinder(Name = "type")] AuditKind? Kind,
    [ModelBinder(Name = "eleve")] int? StudentId,
    [ModelBinder(Name = "nom")] string? StudentName,
    int Page = 1);

public sealed record AuditRow(long Id, DateTime At, string UserName, AuditKind Kind, string? Target, int? StudentId, string? StudentName, string? IpAddress);

/// <summary>One page of the school's audit log, newest first.</summary>
public sealed record AuditListModel(AuditListQuery Query, PageOf<AuditRow> Rows, string? StudentFilterName)
{
    public static async Task<AuditListModel> LoadAsync(AppDbContext db, int schoolId, AuditListQuery query, CancellationToken ct)
    {
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.SchoolId == schoolId);
        if (query.From is { } from)
        {
            var start = ParisMidnightUtc(from);
            entries = entries.Where(e => e.At >= start);
        }
        if (query.To is { } to)
        {
            var end = ParisMidnightUtc(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim();
            entries = entries.Where(e => e.UserName.StartsWith(user));
        }
        if (query.Kind is { } kind) entries = entries.Where(e => e.Kind == kind);
        if (query.StudentId is { } studentId) entries = entries.Where(e => e.StudentId == studentId);
        var key = SearchText.Normalize(query.StudentName);
        if (key.Length > 0)
        {
            var upper = SearchText.PrefixUpperBound(key);
            var students = db.Students.Where(s => string.Compare(s.SearchKey, key) >= 0 && string.Compare(s.SearchKey, upper) < 0).Select(s => (int?)s.Id);
            entries = entries.Where(e => students.Contains(e.StudentId));
        }

        var rows = await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new AuditRow(e.Id, e.At, e.UserName, e.Kind, e.Target, e.StudentId,
                db.Students.Where(s => s.Id == e.StudentId).Select(s => s.LastName + " " + s.FirstName).FirstOrDefault(), e.IpAddress))
            .ToPageAsync(query.Page, ct);
        var filterName = query.StudentId is { } sid
            ? await db.Students.AsNoTracking().Where(s => s.Id == sid).Select(s => s.LastName + " " + s.FirstName).FirstOrDefaultAsync(ct)
            : null;
        return new AuditListModel(query, rows, filterName);
    }

    private static DateTime ParisMidnightUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
}
