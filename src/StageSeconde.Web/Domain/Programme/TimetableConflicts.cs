using System.Globalization;

namespace StageSeconde.Web.Domain.Programme;

/// <summary>
/// Every rule a timetable of the in-school programme must keep, checked on any set of slots (generated, moved or locked by
/// hand): each broken rule is reported in French with the slots concerned. An empty list means no conflict.
/// </summary>
public static class TimetableConflicts
{
    public static IReadOnlyList<TimetableConflict> Find(TimetableProblem problem, IReadOnlyList<TimetableSlot> slots) =>
        Check(problem, slots, complete: true);

    /// <summary>
    /// The rules a partial timetable can already break (double bookings, rooms, supervisors, sizes, whole days); with
    /// <paramref name="complete"/> also the ones of a whole timetable (a slot every half-day present, themes, enquête métier or whole-day outing each day).
    /// </summary>
    internal static IReadOnlyList<TimetableConflict> Check(TimetableProblem problem, IReadOnlyList<TimetableSlot> slots, bool complete)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(slots);
        var conflicts = new List<TimetableConflict>();
        void Add(string message, params TimetableSlot[] involved) => conflicts.Add(new TimetableConflict(message, involved));

        var groups = problem.Groups.GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.First());
        var activities = problem.Activities.GroupBy(a => a.Id).ToDictionary(a => a.Key, a => a.First());
        var rooms = problem.Rooms.GroupBy(r => r.Id).ToDictionary(r => r.Key, r => r.First());
        var supervisors = problem.Supervisors.GroupBy(s => s.Id).ToDictionary(s => s.Key, s => s.First());
        var halfDays = problem.HalfDays.ToHashSet();
        var ordered = slots.OrderBy(s => s.HalfDay).ThenBy(s => s.GroupId).ThenBy(s => s.ActivityId)
            .ThenBy(s => s.RoomId ?? 0).ThenBy(s => s.SupervisorId).ToList();

        // One slot at a time: references, presence, room, supervisor, sizes.
        var known = new List<TimetableSlot>();
        foreach (var slot in ordered)
        {
            var label = slot.HalfDay.Label;
            if (!groups.TryGetValue(slot.GroupId, out var group))
            {
                Add(Text($"{label} : le groupe n° {slot.GroupId} n'existe pas."), slot);
                continue;
            }
            if (!activities.TryGetValue(slot.ActivityId, out var activity))
            {
                Add(Text($"{label}, {group.Name} : l'activité n° {slot.ActivityId} n'existe pas."), slot);
                continue;
            }
            var room = slot.RoomId is { } roomId ? rooms.GetValueOrDefault(roomId) : null;
            if (slot.RoomId is { } missingRoom && room is null)
            {
                Add(Text($"{label}, {group.Name} : la salle n° {missingRoom} n'existe pas."), slot);
                continue;
            }
            if (!supervisors.TryGetValue(slot.SupervisorId, out var supervisor))
            {
                Add(Text($"{label}, {group.Name} : l'encadrant n° {slot.SupervisorId} n'existe pas."), slot);
                continue;
            }
            known.Add(slot);

            if (!halfDays.Contains(slot.HalfDay))
                Add(Text($"{label} n'est pas une demi-journée du programme ({group.Name})."), slot);
            else if (!group.Present.Contains(slot.HalfDay))
                Add(Text($"{group.Name} n'est pas au programme le {label}."), slot);

            if (group.Size > activity.MaxGroupSize)
                Add(Text($"{activity.Name} accueille au plus {activity.MaxGroupSize} élèves : {group.Name} en compte {group.Size} ({label})."), slot);

            if (activity.RoomKind == RoomKind.Outside)
            {
                if (!activity.IsOuting)
                    Add(Text($"{activity.Name} n'a pas de salle : ce doit être une sortie ({label}, {group.Name})."), slot);
                if (room is not null)
                    Add(Text($"{activity.Name} a lieu hors du lycée : aucune salle ne doit être réservée ({room.Name}, {label}, {group.Name})."), slot);
            }
            else if (room is null)
            {
                Add(Text($"{activity.Name} demande une salle de type {ProgrammeLabels.Room(activity.RoomKind)} : aucune n'est réservée ({label}, {group.Name})."), slot);
            }
            else
            {
                if (room.Kind != activity.RoomKind)
                    Add(Text($"{activity.Name} demande une salle de type {ProgrammeLabels.Room(activity.RoomKind)} : {room.Name} est de type {ProgrammeLabels.Room(room.Kind)} ({label}, {group.Name})."), slot);
                if (room.Capacity < group.Size)
                    Add(Text($"{room.Name} ({room.Capacity} places) est trop petite pour {group.Name} ({group.Size} élèves), {label}."), slot);
            }

            if (!supervisor.Available.Contains(slot.HalfDay))
                Add(Text($"{supervisor.Name} n'est pas disponible le {label} ({group.Name})."), slot);
            if (activity.SupervisorKind != SupervisorKind.Any && supervisor.Kind != activity.SupervisorKind)
                Add(Text($"{activity.Name} demande un encadrant de type {ProgrammeLabels.Supervisor(activity.SupervisorKind)} : {supervisor.Name} est {ProgrammeLabels.Supervisor(supervisor.Kind)} ({label}, {group.Name})."), slot);
        }

        // Double bookings.
        foreach (var twice in known.GroupBy(s => (s.GroupId, s.HalfDay)).Where(g => g.Count() > 1))
            Add(Text($"{groups[twice.Key.GroupId].Name} a {twice.Count()} activités le {twice.Key.HalfDay.Label}."), [.. twice]);
        foreach (var twice in known.Where(s => s.RoomId is not null).GroupBy(s => (s.RoomId, s.HalfDay)).Where(g => g.Count() > 1))
            Add(Text($"{rooms[twice.Key.RoomId!.Value].Name} est réservée {twice.Count()} fois le {twice.Key.HalfDay.Label}."), [.. twice]);
        foreach (var twice in known.GroupBy(s => (s.SupervisorId, s.HalfDay)).Where(g => g.Count() > 1))
            Add(Text($"{supervisors[twice.Key.SupervisorId].Name} encadre {twice.Count()} groupes le {twice.Key.HalfDay.Label}."), [.. twice]);

        // A whole-day activity: morning and afternoon of the same day, same room, same supervisor.
        var byGroupAndHalf = known.GroupBy(s => (s.GroupId, s.HalfDay)).ToDictionary(g => g.Key, g => g.First());
        foreach (var slot in known.Where(s => activities[s.ActivityId].LengthInHalfDays == 2))
        {
            var activity = activities[slot.ActivityId];
            var partner = byGroupAndHalf.GetValueOrDefault((slot.GroupId, slot.HalfDay.Other));
            if (partner is not null && partner.ActivityId == slot.ActivityId && partner.RoomId == slot.RoomId && partner.SupervisorId == slot.SupervisorId)
                continue;
            if (slot.HalfDay.Afternoon && partner?.ActivityId == slot.ActivityId) continue; // already said from the morning
            Add(Text($"{activity.Name} dure une journée : {groups[slot.GroupId].Name} doit l'avoir le matin et l'après-midi du {slot.HalfDay.DayLabel}, dans la même salle et avec le même encadrant."),
                partner is null ? [slot] : [slot, partner]);
        }
        foreach (var slot in known.Where(s => activities[s.ActivityId].LengthInHalfDays is not (1 or 2)))
            Add(Text($"{activities[slot.ActivityId].Name} doit durer une demi-journée ou une journée ({slot.HalfDay.Label}, {groups[slot.GroupId].Name})."), slot);

        if (!complete) return conflicts;

        // A whole timetable: one slot every half-day present, every theme, an enquête métier (or a whole-day outing) every day.
        foreach (var group in groups.Values.OrderBy(g => g.Id))
        {
            var present = group.Present.Where(halfDays.Contains).OrderBy(h => h).ToList();
            if (present.Count == 0) continue;
            foreach (var half in present.Where(h => !byGroupAndHalf.ContainsKey((group.Id, h))))
                Add(Text($"{group.Name} n'a pas d'activité le {half.Label}."));
            var mine = known.Where(s => s.GroupId == group.Id && group.Present.Contains(s.HalfDay) && halfDays.Contains(s.HalfDay)).ToList();
            foreach (var theme in Enum.GetValues<ProgrammeTheme>().Where(t => mine.All(s => activities[s.ActivityId].Theme != t)))
                Add(Text($"{group.Name} ne rencontre jamais le thème « {ProgrammeLabels.Theme(theme)} »."));
            foreach (var date in present.Select(h => h.Date).Distinct()
                         .Where(d => !mine.Any(s => s.HalfDay.Date == d && CountsAsInquiry(activities[s.ActivityId]))))
                Add(Text($"{group.Name} n'a ni enquête métier ni sortie d'une journée le {HalfDay.DayLabelOf(date)}."), [.. mine.Where(s => s.HalfDay.Date == date)]);
        }
        return conflicts;
    }

    /// <summary>
    /// Whether a slot of this activity keeps the enquête métier rhythm of its day: an enquête métier, or a whole-day outing
    /// (the pupils interview the professionals they meet there). ADR 0014.
    /// </summary>
    public static bool CountsAsInquiry(TimetableActivity activity) =>
        activity.Theme == ProgrammeTheme.JobInquiry || activity is { LengthInHalfDays: 2, IsOuting: true };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
