using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Data;

/// <summary>
/// Keeps the school years that are no longer current readable but frozen: a signed-in user's save that adds, changes or
/// deletes a convention (or its timetable, history, signatures, scans, versions, signature requests, links), an absence, a pupil's
/// report or a programme row of a past year throws <see cref="PastYearException"/> before anything is written, whatever page asked for it.
/// Background work (no signed-in user) is not concerned. Reads, and printing a convention, stay open.
/// </summary>
public sealed class PastYearGuard : SaveChangesInterceptor
{
    /// <summary>Rows that belong to one convention, by their <c>AgreementId</c> (for an absence: the convention it happened on).</summary>
    private static readonly HashSet<Type> OfAnAgreement =
    [
        typeof(DaySchedule), typeof(AgreementSignature), typeof(AgreementTransition), typeof(AgreementScan), typeof(AgreementVersion),
        typeof(SignatureRequest), typeof(AgreementLink), typeof(SealedAgreement), typeof(Absence),
    ];

    /// <summary>Rows that carry their <c>SchoolYearId</c>.</summary>
    private static readonly HashSet<Type> OfAYear =
    [
        typeof(Agreement), typeof(PupilReport), typeof(ProgrammeGroup), typeof(ProgrammeEnrolment), typeof(ProgrammeAttendance), typeof(ProgrammeSlot), typeof(ProgrammeSupervisor),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is not AppDbContext db || db.CurrentUser.UserName is null) return;

        var yearIds = new HashSet<int>();
        var agreementIds = new HashSet<int>();
        var absenceDays = new List<DateOnly>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var type = entry.Metadata.ClrType;
            if (OfAYear.Contains(type) && Id(entry, nameof(Agreement.SchoolYearId)) is { } yearId) yearIds.Add(yearId);
            if (!OfAnAgreement.Contains(type)) continue;
            if (Id(entry, nameof(Absence.AgreementId)) is { } agreementId) agreementIds.Add(agreementId);
            else if (entry.Entity is Absence absence) absenceDays.Add(absence.Day);
        }
        if (yearIds.Count == 0 && agreementIds.Count == 0 && absenceDays.Count == 0) return;

        if (agreementIds.Count > 0)
            yearIds.UnionWith(db.Agreements.IgnoreQueryFilters().AsNoTracking().Where(a => agreementIds.Contains(a.Id)).Select(a => a.SchoolYearId).ToList());
        var past = db.SchoolYears.IgnoreQueryFilters().AsNoTracking()
            .Where(y => yearIds.Contains(y.Id) && !y.IsCurrent).OrderBy(y => y.StartYear).Select(y => (int?)y.StartYear).FirstOrDefault();
        if (past is { } startYear) throw new PastYearException($"{startYear}-{startYear + 1}");

        // An absence from the in-school programme (no convention): by its day, before the current year began.
        if (absenceDays.Count > 0 && db.CurrentSchoolId is { } schoolId)
        {
            var current = db.SchoolYears.IgnoreQueryFilters().AsNoTracking()
                .Where(y => y.SchoolId == schoolId && y.IsCurrent).Select(y => (int?)y.StartYear).FirstOrDefault();
            var earliest = absenceDays.Min();
            if (current is { } currentStart && earliest < new DateOnly(currentStart, 9, 1))
            {
                var year = SchoolYear.StartYearOn(earliest);
                throw new PastYearException($"{year}-{year + 1}");
            }
        }
    }

    /// <summary>The id the row points to, original for a deleted row; null when none or not saved yet (a temporary key).</summary>
    private static int? Id(EntityEntry entry, string property)
    {
        if (entry.Metadata.FindProperty(property) is null) return null;
        var value = entry.State == EntityState.Deleted ? entry.Property(property).OriginalValue : entry.Property(property).CurrentValue;
        return value is int id && id > 0 && !entry.Property(property).IsTemporary ? id : null;
    }
}
