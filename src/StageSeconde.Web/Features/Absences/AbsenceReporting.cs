using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// Records a report of an absence (docs/reference-produit.md §5), from the tutor's link or from a staff member, and raises
/// its alert: the absence, its report and one outbox message per recipient are saved together, in one transaction, so an
/// alert is never lost and never sent from the request. A second report of the same event (same student, same half-day)
/// joins the first absence and raises no new alert. Works without a signed-in user (the tutor's page): every read is
/// scoped to the convention's or the student's school explicitly.
/// </summary>
public sealed class AbsenceReporting(AppDbContext db, TimeProvider clock, PublicUrl publicUrl)
{
    /// <summary>
    /// Reports <paramref name="facts"/> about the student <paramref name="studentId"/> of school <paramref name="schoolId"/>,
    /// on their convention <paramref name="agreementId"/> (the one covering the day when null, if any).
    /// </summary>
    public async Task<ReportOutcome> ReportAsync(int schoolId, int studentId, int? agreementId, AbsenceFacts facts, AbsenceReport report, CancellationToken ct)
    {
        var student = await db.Students.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Id == studentId && s.SchoolId == schoolId)
            .Select(s => new { s.FirstName, s.LastName, ClassCode = s.SchoolClass!.Code })
            .FirstOrDefaultAsync(ct);
        if (student is null) return ReportOutcome.Refused(AbsenceFacts.DayField, "Cet élève n'existe pas dans cet établissement.");

        var agreements = db.Agreements.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.SchoolId == schoolId && a.StudentId == studentId && a.State != AgreementState.Cancelled);
        var agreement = await (agreementId is { } id ? agreements.Where(a => a.Id == id) : agreements.Where(a => a.FirstDay <= facts.Day && a.LastDay >= facts.Day))
            .Select(a => new { a.Id, a.FirstDay, a.LastDay, a.ReferentTeacherId, Host = a.HostOrganisation!.Name })
            .FirstOrDefaultAsync(ct);
        if (agreementId is not null && agreement is null) return ReportOutcome.Refused(AbsenceFacts.DayField, "Cette convention n'existe pas ou a été annulée.");

        var (firstDay, lastDay) = agreement is not null
            ? (agreement.FirstDay, agreement.LastDay)
            : await ObservationPeriodAsync(schoolId, ct);
        var problems = facts.Problems(firstDay, lastDay, clock.TodayInParis());
        if (problems.Count > 0) return new ReportOutcome(null, false, problems);

        var now = clock.GetUtcNow();
        var sameDay = await db.Absences.IgnoreQueryFilters()
            .Include(a => a.Reports)
            .Where(a => a.SchoolId == schoolId && a.StudentId == studentId && a.Day == facts.Day)
            .ToListAsync(ct);
        var existing = sameDay.FirstOrDefault(facts.SameEventAs);
        if (existing is not null)
        {
            existing.AddReport(facts, report);
            await db.SaveChangesAsync(ct);
            return new ReportOutcome(existing, false, []);
        }

        var school = await db.Schools.AsNoTracking().FirstAsync(s => s.Id == schoolId, ct);
        var accident = facts.Kind == AbsenceKind.Accident;
        var due = accident ? now : school.Hours.AddOpenMinutes(now, school.AlertDelayMinutes);
        var recipients = await AlertRecipients.ForAbsenceAsync(db, schoolId, studentId, agreement?.ReferentTeacherId, withDirection: accident, ct);

        // The e-mails link to the absence, so its id comes first: the absence and its messages are saved in one
        // transaction (under the provider's execution strategy, which may run it again from the start).
        var strategy = db.Database.CreateExecutionStrategy();
        var absence = await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var opened = Absence.Open(schoolId, studentId, agreement?.Id, facts, report, due);
            if (accident) opened.Escalate(now);
            db.Absences.Add(opened);
            await db.SaveChangesAsync(token);

            var about = new AbsenceAlertMail.About(PersonName.FirstLast(student.FirstName, student.LastName), student.ClassCode, agreement?.Host, opened.Facts, report, publicUrl.Of(AbsenceLinks.Details(opened.Id)));
            foreach (var recipient in recipients)
                db.OutboxMessages.Add(new OutboxMessage(schoolId, recipient.Email, AbsenceAlertMail.Subject(about, escalation: false), AbsenceAlertMail.Body(about, escalation: false), OutboxTopics.AbsenceAlert, opened.Id, now));
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return opened;
        }, ct);
        return new ReportOutcome(absence, true, []);
    }

    private async Task<(DateOnly, DateOnly)> ObservationPeriodAsync(int schoolId, CancellationToken ct)
    {
        var year = await db.SchoolYears.IgnoreQueryFilters().AsNoTracking().Current()
            .Where(y => y.SchoolId == schoolId)
            .Select(y => new { y.ObservationStart, y.ObservationEnd })
            .FirstOrDefaultAsync(ct);
        return year is null ? (DateOnly.MaxValue, DateOnly.MinValue) : (year.ObservationStart, year.ObservationEnd);
    }
}

/// <summary>What a report did: the absence it created or joined (<see cref="IsNew"/>: an alert was raised), or why it was refused.</summary>
public sealed record ReportOutcome(Absence? Absence, bool IsNew, IReadOnlyList<(string Field, string Message)> Problems)
{
    public bool Recorded => Absence is not null;

    public static ReportOutcome Refused(string field, string message) => new(null, false, [(field, message)]);
}

/// <summary>The addresses of the absences pages, for links built outside a controller (e-mails).</summary>
public static class AbsenceLinks
{
    public static string Details(int absenceId) => $"/absences/{absenceId}";
}
