using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.MyStudents;

/// <summary>A student no one has contacted since the first day of their convention (<see cref="ContactDeadline"/>).</summary>
public sealed record NoContactRow(
    int StudentId, string StudentName, string ClassCode, string HostName, DateOnly FirstDay,
    string? ReferentName, string? ReferentPhone, DateTime? LastContactAt);

public static class NoContactList
{
    private static readonly AgreementState[] InForce =
        [AgreementState.Validated, AgreementState.InSignature, AgreementState.Signed, AgreementState.Completed];

    /// <summary>
    /// The students still at the school, on a current-year convention in force whose first day is over at
    /// <paramref name="now"/>, with no follow-up logged since that first day: those of <paramref name="referentId"/>,
    /// or all of them (null). One row per student (their earliest convention missed), by first day then name.
    /// </summary>
    public static async Task<IReadOnlyList<NoContactRow>> LoadAsync(AppDbContext db, int? referentId, DateTimeOffset now, CancellationToken ct)
    {
        var lastDue = ContactDeadline.LastDueFirstDay(now);
        var agreements = db.Agreements.AsNoTracking().InCurrentYear()
            .Where(a => a.FirstDay <= lastDue && InForce.Contains(a.State) && a.Student!.LeftOn == null);
        if (referentId is { } id) agreements = agreements.Where(a => a.ReferentTeacherId == id);

        var rows = await agreements
            .Select(a => new
            {
                a.StudentId, a.Student!.LastName, a.Student.FirstName, ClassCode = a.Student.SchoolClass!.Code,
                HostName = a.HostOrganisation!.Name, a.FirstDay,
                ReferentFirst = a.ReferentTeacher == null ? null : a.ReferentTeacher.FirstName,
                ReferentLast = a.ReferentTeacher == null ? null : a.ReferentTeacher.LastName,
                ReferentPhone = a.ReferentTeacher == null ? null : a.ReferentTeacher.Phone,
                LastContactAt = db.FollowUpEntries.Where(f => f.StudentId == a.StudentId).Max(f => (DateTime?)f.At),
            })
            .ToListAsync(ct);

        return rows
            .Where(r => ContactDeadline.IsMissed(r.FirstDay, r.LastContactAt, now))
            .GroupBy(r => r.StudentId)
            .Select(g => g.OrderBy(r => r.FirstDay).First())
            .Select(r => new NoContactRow(r.StudentId, PersonName.LastFirst(r.LastName, r.FirstName), r.ClassCode, r.HostName, r.FirstDay,
                r.ReferentLast is null ? null : PersonName.FirstLast(r.ReferentFirst!, r.ReferentLast), r.ReferentPhone, r.LastContactAt))
            .OrderBy(r => r.FirstDay).ThenBy(r => r.StudentName, StringComparer.CurrentCulture)
            .ToList();
    }
}
