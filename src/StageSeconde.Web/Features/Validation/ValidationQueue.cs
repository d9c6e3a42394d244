using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Validation;

/// <summary>A convention as the validation queue shows it, with its automatic checks.</summary>
public sealed record QueueRow(
    int Id, int Version, AgreementState State, string StudentName, string ClassCode, string HostName, string HostCity,
    PeriodOption Period, DateOnly FirstDay, DateOnly LastDay, DateTime? SubmittedAt, string? SubmittedBy, IReadOnlyList<Check> Checks)
{
    public IReadOnlyList<Check> Failed => Checks.Where(c => !c.Passed).ToList();
    public bool PassesEveryCheck => Checks.All(c => c.Passed);
    public bool HasBlockingCheck => Checks.Any(c => c.Blocks);
}

/// <summary>A row of the queue and the facts its convention is validated against.</summary>
public sealed record QueueItem(QueueRow Row, AgreementFacts Facts);

/// <summary>
/// Loads conventions with their checks: one query for the conventions (with the student, the school year, the host's,
/// tutor's, guardians' and referent's facts and the submission), one for the students' conventions (coverage rules).
/// </summary>
public static class ValidationQueue
{
    /// <summary>Every submitted convention of the school, the oldest submission first.</summary>
    public static Task<IReadOnlyList<QueueItem>> SubmittedAsync(AppDbContext db, CancellationToken ct) =>
        LoadAsync(db, a => a.State == AgreementState.Submitted, ct);

    /// <summary>The conventions matching <paramref name="filter"/>, whatever their state, the oldest submission first.</summary>
    public static async Task<IReadOnlyList<QueueItem>> LoadAsync(AppDbContext db, Expression<Func<Agreement, bool>> filter, CancellationToken ct)
    {
        var loaded = await db.Agreements.AsNoTracking().Where(filter)
            .Select(a => new
            {
                Agreement = a,
                Student = a.Student!,
                Year = a.SchoolYear!,
                ClassCode = a.Student!.SchoolClass!.Code,
                HostName = a.HostOrganisation!.Name,
                HostCity = a.HostOrganisation.City,
                HostHasInsurer = a.HostOrganisation.Insurer != null && a.HostOrganisation.Insurer != "",
                TutorReachable = (a.Tutor!.Email != null && a.Tutor.Email != "") || (a.Tutor.Phone != null && a.Tutor.Phone != ""),
                GuardianReachable = a.Student.Guardians.Any(g => g.IsLegalGuardian &&
                    ((g.Email != null && g.Email != "") || (g.MobilePhone != null && g.MobilePhone != "") || (g.HomePhone != null && g.HomePhone != ""))),
                ReferentMember = a.ReferentTeacher,
                Referent = a.ReferentTeacher == null
                    ? null
                    : new ReferentFacts(PersonName.FirstLast(a.ReferentTeacher.FirstName, a.ReferentTeacher.LastName),
                        db.ExaminerDuties.Any(d => d.StaffMemberId == a.ReferentTeacherId && d.Date >= a.FirstDay && d.Date <= a.LastDay),
                        a.ReferentTeacher.AvailableDuringPeriod, a.ReferentTeacher.IsArchived),
                Submission = a.Transitions.Where(t => t.To == AgreementState.Submitted).OrderByDescending(t => t.At)
                    .Select(t => new { t.At, t.ByUserName }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        if (loaded.Count == 0) return [];

        var studentIds = loaded.Select(l => l.Student.Id).Distinct().ToList();
        // A student's conventions of the same school year only (a student repeating 2nde has last year's too).
        var slots = (await db.Agreements.AsNoTracking().Where(a => studentIds.Contains(a.StudentId))
                .Select(a => new { a.StudentId, a.SchoolYearId, Slot = new AgreementSlot(a.Id, a.HostOrganisationId, a.Period, a.FirstDay, a.LastDay, a.State) })
                .ToListAsync(ct))
            .ToLookup(s => (s.StudentId, s.SchoolYearId), s => s.Slot);

        return loaded
            .Select(l =>
            {
                var facts = new AgreementFacts(l.Year, l.Student, slots[(l.Student.Id, l.Year.Id)].ToList(), l.ReferentMember);
                var checks = ValidationChecks.For(l.Agreement, new CheckFacts(facts, l.TutorReachable, l.HostHasInsurer, l.GuardianReachable, l.Referent));
                var row = new QueueRow(l.Agreement.Id, l.Agreement.Version, l.Agreement.State, l.Student.FullName, l.ClassCode,
                    l.HostName, l.HostCity, l.Agreement.Period, l.Agreement.FirstDay, l.Agreement.LastDay,
                    l.Submission?.At, l.Submission?.ByUserName, checks);
                return new QueueItem(row, facts);
            })
            .OrderBy(i => i.Row.SubmittedAt ?? DateTime.MaxValue).ThenBy(i => i.Row.Id)
            .ToList();
    }
}
