using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Web.Features.ProgrammeSetup;

/// <summary>One half-day of the programme and how many supervisors of each kind are available then.</summary>
public sealed record HalfDayCoverage(DateOnly Date, bool Afternoon, IReadOnlyDictionary<SupervisorKind, int> ByKind)
{
    public int Total => ByKind.Values.Sum();
    public int Of(SupervisorKind kind) => ByKind.GetValueOrDefault(kind);
    public string Label => ProgrammeDays.HalfDayLabel(Date, Afternoon);
}

/// <summary>
/// How many supervisors are available each half-day, by kind: what the Direction checks before generating the timetable
/// (every group needs one supervisor every half-day). Available = not declared unavailable and not convoked as examiner
/// (<see cref="ProgrammeCalendar.Available"/>).
/// </summary>
public static class SupervisorCoverage
{
    public static IReadOnlyList<HalfDayCoverage> Compute(IReadOnlyList<(DateOnly Date, bool Afternoon)> halfDays,
        IEnumerable<ProgrammeSupervisor> supervisors, IReadOnlyList<ExaminerDuty> duties)
    {
        var counts = halfDays.ToDictionary(h => h, _ => new Dictionary<SupervisorKind, int>());
        foreach (var supervisor in supervisors)
            foreach (var halfDay in ProgrammeCalendar.Available(halfDays, supervisor, duties))
                counts[halfDay][supervisor.Kind] = counts[halfDay].GetValueOrDefault(supervisor.Kind) + 1;
        return halfDays.Select(h => new HalfDayCoverage(h.Date, h.Afternoon, counts[h])).ToList();
    }
}

/// <summary>The programme's days and half-days as the pages write them.</summary>
public static class ProgrammeDays
{
    /// <summary>« lundi 15 juin ».</summary>
    public static string DayLabel(DateOnly date) => date.ToString("dddd d MMMM", ParisTime.French);

    /// <summary>« lundi 15 juin, matin ».</summary>
    public static string HalfDayLabel(DateOnly date, bool afternoon) => $"{DayLabel(date)}, {(afternoon ? "après-midi" : "matin")}";

    /// <summary>« Semaine 1 : du lundi 15 au vendredi 19 juin ».</summary>
    public static string WeekLabel(int week, IReadOnlyList<DateOnly> days) =>
        $"Semaine {week} : du {DayLabel(days[0])} au {DayLabel(days[^1])}";

    /// <summary>The field value of a half-day in the availability form: « 2026-06-15-am ».</summary>
    public static string Key(DateOnly date, bool afternoon) => $"{date:yyyy-MM-dd}-{(afternoon ? "pm" : "am")}";
}
