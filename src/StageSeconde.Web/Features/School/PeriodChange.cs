using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.OnlineSignatures;

namespace StageSeconde.Web.Features.School;

/// <summary>A convention a change of the observation period moves: where it is, where it goes, and whether it goes back to validation.</summary>
public sealed record AffectedAgreement(
    int Id, string StudentName, string ClassCode, string HostName, PeriodOption Period, AgreementState State, int Signatures,
    DateOnly FirstDay, DateOnly LastDay, DateOnly NewFirstDay, DateOnly NewLastDay)
{
    public bool BackToValidation => Agreement.IsPastValidation(State);
}

/// <summary>
/// What changing the current year's observation period from (<see cref="OldStart"/>, <see cref="OldEnd"/>) to
/// (<see cref="NewStart"/>, <see cref="NewEnd"/>) does, shown to the administrator before they confirm it: every open
/// convention moves to the same week of the new period (validated, in-signature and signed ones go back to validation, their
/// signatures and online signature requests voided), the programme's half-days move to the same day of the same week,
/// enrolments (by week number) follow. <see cref="Blocker"/> says why the period can no longer change.
/// </summary>
public sealed record PeriodChangePlan(
    DateOnly OldStart, DateOnly OldEnd, DateOnly NewStart, DateOnly NewEnd, IReadOnlyList<AffectedAgreement> Agreements,
    int Slots, int LockedSlots, int Enrolments, int Cancelled, string? Blocker)
{
    /// <summary>Nothing to move: the period changes without a confirmation page.</summary>
    public bool IsEmpty => Agreements.Count == 0 && Slots == 0;
    public int BackToValidation => Agreements.Count(a => a.BackToValidation);
    public int ShiftDays => NewStart.DayNumber - OldStart.DayNumber;

    public static async Task<PeriodChangePlan> LoadAsync(AppDbContext db, int yearId, DateOnly oldStart, DateOnly oldEnd, DateOnly newStart, DateOnly newEnd,
        CancellationToken ct)
    {
        var shift = newStart.DayNumber - oldStart.DayNumber;
        var rows = await db.Agreements.AsNoTracking()
            .Where(a => a.SchoolYearId == yearId && a.State != AgreementState.Cancelled)
            .OrderBy(a => a.Student!.LastName).ThenBy(a => a.Student!.FirstName).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Student!.LastName, a.Student.FirstName, ClassCode = a.Student.SchoolClass!.Code, HostName = a.HostOrganisation!.Name,
                a.Period, a.State, Signatures = a.Signatures.Count, a.FirstDay, a.LastDay,
            })
            .ToListAsync(ct);
        var completed = rows.Count(r => r.State == AgreementState.Completed);
        var affected = rows.Where(r => r.State != AgreementState.Completed)
            .Select(r => (Row: r, New: NewDates(r.Period, newStart, newEnd)))
            .Where(r => r.New != (r.Row.FirstDay, r.Row.LastDay))
            .Select(r => new AffectedAgreement(r.Row.Id, $"{r.Row.LastName} {r.Row.FirstName}", r.Row.ClassCode, r.Row.HostName, r.Row.Period, r.Row.State,
                r.Row.Signatures, r.Row.FirstDay, r.Row.LastDay, r.New.First, r.New.Last))
            .ToList();

        var slots = shift == 0 ? [] : await db.ProgrammeSlots.AsNoTracking()
            .Where(s => s.SchoolYearId == yearId && s.Date >= oldStart && s.Date <= oldEnd)
            .Select(s => s.IsLocked).ToListAsync(ct);
        var enrolments = await db.ProgrammeEnrolments.AsNoTracking().CountAsync(e => e.SchoolYearId == yearId && e.LeftAt == null, ct);
        var cancelled = await db.Agreements.AsNoTracking().CountAsync(a => a.SchoolYearId == yearId && a.State == AgreementState.Cancelled, ct);

        var blocker = completed > 0
            ? $"{completed} convention(s) de cette période sont déjà terminées : la période d'observation a eu lieu et ne peut plus être déplacée."
            : await db.ProgrammeAttendances.AnyAsync(a => a.SchoolYearId == yearId, ct)
                || await db.Absences.AnyAsync(a => a.Day >= oldStart && a.Day <= oldEnd, ct)
                ? "Des présences ou des absences sont déjà enregistrées sur la période actuelle : elle a commencé et ne peut plus être déplacée."
                : null;
        return new PeriodChangePlan(oldStart, oldEnd, newStart, newEnd, affected, slots.Count, slots.Count(l => l), enrolments, cancelled, blocker);
    }

    /// <summary>The dates of <paramref name="period"/> in the new period (as <see cref="Agreement.DatesOf"/> will compute them).</summary>
    private static (DateOnly First, DateOnly Last) NewDates(PeriodOption period, DateOnly start, DateOnly end) => period switch
    {
        PeriodOption.Week1 => (start, start.AddDays(4)),
        PeriodOption.Week2 => (end.AddDays(-4), end),
        _ => (start, end),
    };
}

/// <summary>Applies a confirmed period change in one transaction: the year, its conventions (signatures voided), its programme's half-days.</summary>
public sealed class PeriodChange(AppDbContext db, SignatureCollection onlineSignatures)
{
    /// <summary>
    /// <paramref name="year"/> already carries its new period (tracked, its original version set by the caller); moves what the
    /// plan listed and saves everything at once. Returns how many conventions went back to validation.
    /// </summary>
    public async Task<int> ApplyAsync(SchoolYear year, DateOnly oldStart, DateOnly oldEnd, Actor by, DateTimeOffset at, CancellationToken ct)
    {
        var shift = year.ObservationStart.DayNumber - oldStart.DayNumber;
        var backToValidation = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async token =>
        {
            backToValidation = 0;
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var agreements = await db.Agreements.Include(a => a.Signatures)
                .Where(a => a.SchoolYearId == year.Id && a.State != AgreementState.Cancelled && a.State != AgreementState.Completed)
                .ToListAsync(token);
            foreach (var agreement in agreements)
            {
                if (!agreement.FollowObservationPeriod(year, by, at)) continue;
                backToValidation++;
                await onlineSignatures.VoidAsync(agreement, "Période d'observation modifiée.", by, token);
            }
            if (shift != 0)
            {
                var slots = await db.ProgrammeSlots.Where(s => s.SchoolYearId == year.Id && s.Date >= oldStart && s.Date <= oldEnd).ToListAsync(token);
                foreach (var slot in slots) slot.MoveTo(slot.Date.AddDays(shift), slot.Afternoon);
            }
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
        }, ct);
        return backToValidation;
    }
}

/// <summary>The confirmation page of a period change: the plan and the form to post again, confirmed.</summary>
public sealed record PeriodChangePage(int YearId, string YearLabel, PeriodChangePlan Plan, ObservationPeriodForm Form);
