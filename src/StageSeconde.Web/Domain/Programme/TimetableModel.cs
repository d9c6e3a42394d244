namespace StageSeconde.Web.Domain.Programme;

/// <summary>A group of the programme: the half-days it is in the programme (week 1, week 2 or both).</summary>
public sealed record TimetableGroup(int Id, string Name, int Size, IReadOnlySet<HalfDay> Present);

/// <summary>An activity of the catalogue. <paramref name="LengthInHalfDays"/>: 1, or 2 for a whole day (morning and afternoon).</summary>
public sealed record TimetableActivity(int Id, string Name, ProgrammeTheme Theme, int LengthInHalfDays,
    RoomKind RoomKind, int MaxGroupSize, SupervisorKind SupervisorKind, bool IsOuting);

public sealed record TimetableRoom(int Id, string Name, RoomKind Kind, int Capacity);

/// <summary>A staff member who can supervise a group, with the half-days they are free.</summary>
public sealed record TimetableSupervisor(int Id, string Name, SupervisorKind Kind, IReadOnlySet<HalfDay> Available);

/// <summary>One group's activity on one half-day, its room (none for an outing) and its supervisor.</summary>
public sealed record TimetableSlot(int GroupId, HalfDay HalfDay, int ActivityId, int? RoomId, int SupervisorId);

/// <summary>Everything the generator needs; <paramref name="Locked"/> are slots set by hand that it keeps as given.</summary>
public sealed record TimetableProblem(IReadOnlyList<HalfDay> HalfDays, IReadOnlyList<TimetableGroup> Groups,
    IReadOnlyList<TimetableActivity> Activities, IReadOnlyList<TimetableRoom> Rooms, IReadOnlyList<TimetableSupervisor> Supervisors,
    IReadOnlyList<TimetableSlot> Locked);

/// <summary>A timetable without conflict, or no slot and the French reasons why none could be built.</summary>
public sealed record TimetableOutcome(IReadOnlyList<TimetableSlot> Slots, IReadOnlyList<string> Problems)
{
    public bool IsFeasible => Problems.Count == 0;

    public static TimetableOutcome Infeasible(IEnumerable<string> problems) => new([], problems.Distinct().ToList());
}

/// <summary>A broken rule, in French, with the slots that break it (none when a slot is missing).</summary>
public sealed record TimetableConflict(string Message, IReadOnlyList<TimetableSlot> Slots);
