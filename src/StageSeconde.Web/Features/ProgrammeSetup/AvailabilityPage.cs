using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.ProgrammeSetup;

/// <summary>One half-day of the grid: available (checked), or taken by a convocation (with its note).</summary>
public sealed record AvailabilityCell(DateOnly Date, bool Afternoon, bool Available, bool ExaminerDuty, string? DutyNote)
{
    public string Key => ProgrammeDays.Key(Date, Afternoon);
    public string PartLabel => Afternoon ? "Après-midi" : "Matin";
}

public sealed record AvailabilityDay(DateOnly Date, AvailabilityCell Morning, AvailabilityCell Afternoon)
{
    public string Label => ProgrammeDays.DayLabel(Date);
}

public sealed record AvailabilityWeek(int Number, string Label, IReadOnlyList<AvailabilityDay> Days);

/// <summary>The availability grid of one supervisor: a fieldset per week, a day per line, morning and afternoon.</summary>
public sealed record AvailabilityPage(int SupervisorId, string Name, SupervisorKind Kind, IReadOnlyList<AvailabilityWeek> Weeks)
{
    public static async Task<AvailabilityPage?> LoadAsync(AppDbContext db, int supervisorId, CancellationToken ct)
    {
        var supervisor = await db.ProgrammeSupervisors.AsNoTracking().Include(s => s.Unavailabilities).Include(s => s.StaffMember)
            .FirstOrDefaultAsync(s => s.Id == supervisorId, ct);
        if (supervisor is null) return null;
        var year = await db.SchoolYears.AsNoTracking().FirstAsync(y => y.Id == supervisor.SchoolYearId, ct);
        var duties = (await ProgrammeDuties.DuringAsync(db, year, ct)).Where(d => d.StaffMemberId == supervisor.StaffMemberId).ToList();
        var off = supervisor.Unavailabilities.Select(u => (u.Date, u.Afternoon)).ToHashSet();

        AvailabilityCell Cell(DateOnly date, bool afternoon)
        {
            var duty = duties.FirstOrDefault(d => d.Covers(date, afternoon));
            return new AvailabilityCell(date, afternoon, duty is null && !off.Contains((date, afternoon)), duty is not null, duty?.Note);
        }

        var weeks = new[] { 1, 2 }.Select(week =>
        {
            var days = ProgrammeCalendar.Days(year, week);
            return new AvailabilityWeek(week, ProgrammeDays.WeekLabel(week, days),
                days.Select(d => new AvailabilityDay(d, Cell(d, false), Cell(d, true))).ToList());
        }).ToList();
        return new AvailabilityPage(supervisor.Id, supervisor.StaffMember!.FullName, supervisor.Kind, weeks);
    }
}
