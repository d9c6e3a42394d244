using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.Programme.Pupils;

/// <summary>
/// A pupil who finds a host leaves the in-school programme for the weeks their convention covers, as soon as the convention
/// is validated (called from the validation, after it is saved; idempotent, so calling it again changes nothing). The
/// enrolment is ended with the reason, the pupil leaves the groups in which no week is left for them, and a « Programme au
/// lycée » declaration still in force is withdrawn explicitly (the remaining enrolments give the programme's weeks).
/// </summary>
public sealed class ProgrammeDepartures(AppDbContext db, TimeProvider clock)
{
    public async Task<int> ApplyAsync(IReadOnlyCollection<int> agreementIds, Actor by, CancellationToken ct)
    {
        if (agreementIds.Count == 0) return 0;
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => agreementIds.Contains(a.Id)
                        && (a.State == AgreementState.Validated || a.State == AgreementState.InSignature || a.State == AgreementState.Signed))
            .Select(a => new { a.StudentId, a.SchoolYearId, a.Period, Host = a.HostOrganisation!.Name })
            .ToListAsync(ct);
        if (agreements.Count == 0) return 0;

        var studentIds = agreements.Select(a => a.StudentId).Distinct().ToList();
        var enrolments = await db.ProgrammeEnrolments
            .Where(e => studentIds.Contains(e.StudentId) && e.LeftAt == null)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var left = new List<ProgrammeEnrolment>();
        foreach (var agreement in agreements)
            foreach (var enrolment in enrolments.Where(e => e.IsActive && e.StudentId == agreement.StudentId && e.SchoolYearId == agreement.SchoolYearId
                                                         && Covers(agreement.Period, e.Week)))
            {
                enrolment.Leave($"Convention validée chez {agreement.Host} : l'élève quitte le programme pour la semaine {enrolment.Week}.", now);
                left.Add(enrolment);
            }
        if (left.Count == 0) return 0;

        foreach (var year in left.GroupBy(e => e.SchoolYearId))
            await ProgrammePupils.LeaveEmptiedGroupsAsync(db, year.Key, year.Select(e => e.StudentId).Distinct().ToList(), ct);
        await WithdrawDeclarationsAsync(db, left, "Sorti(e) du programme au lycée : une convention validée couvre ses semaines.", by, now, ct);
        await db.SaveChangesAsync(ct);
        return left.Count;
    }

    /// <summary>Whether a convention of <paramref name="period"/> covers <paramref name="week"/>.</summary>
    public static bool Covers(PeriodOption period, int week) =>
        period == PeriodOption.BothWeeks || (week == 1 && period == PeriodOption.Week1) || (week == 2 && period == PeriodOption.Week2);

    /// <summary>
    /// For the pupils of <paramref name="left"/> with a « Programme au lycée » declaration in force: its explicit withdrawal
    /// (with <paramref name="note"/>). From then on their remaining enrolments alone give the weeks of the programme, so a
    /// week they left no longer shows the programme.
    /// </summary>
    public static async Task WithdrawDeclarationsAsync(AppDbContext db, IEnumerable<ProgrammeEnrolment> left, string note, Actor by,
        DateTimeOffset at, CancellationToken ct)
    {
        var studentIds = left.Select(e => e.StudentId).Distinct().ToList();
        var declarations = await db.PlacementDeclarations.AsNoTracking()
            .Where(d => studentIds.Contains(d.StudentId)
                        && (d.Kind == DeclarationKind.InSchoolProgramme || (d.Kind == DeclarationKind.Withdrawal && d.Withdraws == DeclarationKind.InSchoolProgramme)))
            .Select(d => new { d.StudentId, Fact = new PlacementRules.DeclarationFact(d.Kind, d.DeclaredAt, d.StartsOn, d.EndsOn, d.Weeks, d.Withdraws) })
            .ToListAsync(ct);
        var toWithdraw = declarations.GroupBy(d => d.StudentId)
            .Where(g => PlacementRules.InForce(g.Select(d => d.Fact)).ContainsKey(DeclarationKind.InSchoolProgramme))
            .Select(g => g.Key).ToList();
        var students = await db.Students.Where(s => toWithdraw.Contains(s.Id)).ToListAsync(ct);
        foreach (var student in students.Where(s => !s.HasLeft))
            db.PlacementDeclarations.Add(PlacementDeclaration.Declare(student,
                new DeclarationRequest(DeclarationKind.Withdrawal, note, Withdraws: DeclarationKind.InSchoolProgramme), by, at, DeclarationContext.None));
    }
}
