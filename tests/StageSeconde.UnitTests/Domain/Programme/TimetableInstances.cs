using CsCheck;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.UnitTests.Domain.Programme;

/// <summary>The shape of a random instance; <see cref="TimetableInstances.Build"/> turns it into a problem.</summary>
public sealed record InstanceShape(int Groups, int Weeks, int ActivitiesPerTheme, int ExtraSupervisors, bool WithWholeDay, int Seed)
{
    public override string ToString() =>
        $"{Groups} groupes, {Weeks} semaine(s), {ActivitiesPerTheme} activités par thème, {ExtraSupervisors} encadrants en plus, journée entière : {WithWholeDay}, graine {Seed}";
}

/// <summary>
/// Random instances of the programme's timetable, feasible by construction: for every kind of room an activity uses, one
/// room per group, large enough; for every kind of supervisor, one per group free every half-day; more supervisors free
/// at random. Details (sizes, weeks, kinds) come from a seeded <see cref="Random"/>, the shape from CsCheck.
/// </summary>
internal static class TimetableInstances
{
    public static readonly DateOnly Monday = new(2027, 6, 14);

    public static readonly Gen<InstanceShape> Shapes =
        Gen.Select(Gen.Int[1, 8], Gen.Int[1, 2], Gen.Int[1, 3], Gen.Int[0, 10], Gen.Bool, Gen.Int[0, 1_000_000],
            (groups, weeks, perTheme, extra, wholeDay, seed) => new InstanceShape(groups, weeks, perTheme, extra, wholeDay, seed));

    public static IReadOnlyList<HalfDay> Period(int weeks) => HalfDay.Weekdays(Monday, Monday.AddDays(7 * weeks - 3));

    public static TimetableProblem Build(InstanceShape shape)
    {
        var random = new Random(shape.Seed);
        var halfDays = Period(shape.Weeks);
        var week2 = Monday.AddDays(7);

        var groups = new List<TimetableGroup>();
        for (var i = 1; i <= shape.Groups; i++)
        {
            var pattern = shape.Weeks == 1 ? 0 : random.Next(3); // 0 both (or the only week), 1 week 1, 2 week 2
            var present = halfDays.Where(h => pattern == 0 || (pattern == 1) == (h.Date < week2)).ToHashSet();
            groups.Add(new TimetableGroup(i * 10, $"Groupe {i}", random.Next(8, 31), present));
        }

        var activities = new List<TimetableActivity>();
        var roomKinds = new[] { RoomKind.Cdi, RoomKind.ComputerRoom, RoomKind.Classroom, RoomKind.Hall, RoomKind.Outside };
        var supervisorKinds = new[] { SupervisorKind.Any, SupervisorKind.Teacher, SupervisorKind.Librarian, SupervisorKind.PsyEn, SupervisorKind.Aed };
        foreach (var theme in Enum.GetValues<ProgrammeTheme>())
            for (var j = 0; j < shape.ActivitiesPerTheme; j++)
            {
                var room = roomKinds[random.Next(roomKinds.Length)];
                activities.Add(new TimetableActivity(100 + activities.Count * 7, $"{theme} {j + 1}", theme, 1, room,
                    random.Next(30, 40), supervisorKinds[random.Next(supervisorKinds.Length)], room == RoomKind.Outside));
            }
        if (shape.WithWholeDay)
            activities.Add(new TimetableActivity(99, "Journée en immersion", ProgrammeTheme.JobInquiry, 2, RoomKind.Outside, 35, SupervisorKind.Aed, true));

        var rooms = new List<TimetableRoom>();
        foreach (var kind in activities.Select(a => a.RoomKind).Where(k => k != RoomKind.Outside).Distinct().Order())
            for (var j = 0; j < shape.Groups; j++)
                rooms.Add(new TimetableRoom(1000 + rooms.Count * 3, $"{kind} {j + 1}", kind, random.Next(30, 60)));
        rooms.Add(new TimetableRoom(5000, "Petite salle", RoomKind.Classroom, 6)); // too small for any group

        var supervisors = new List<TimetableSupervisor>();
        var all = halfDays.ToHashSet();
        foreach (var kind in supervisorKinds.Skip(1))
            for (var j = 0; j < shape.Groups; j++)
                supervisors.Add(new TimetableSupervisor(2000 + supervisors.Count * 5, $"{kind} {j + 1}", kind, all));
        for (var j = 0; j < shape.ExtraSupervisors; j++)
            supervisors.Add(new TimetableSupervisor(2000 + supervisors.Count * 5, $"En plus {j + 1}", supervisorKinds[1 + random.Next(4)],
                halfDays.Where(_ => random.Next(2) == 0).ToHashSet()));

        return new TimetableProblem(halfDays, groups, activities, rooms, supervisors, []);
    }

    /// <summary>The same problem, every list in another order.</summary>
    public static TimetableProblem Shuffled(TimetableProblem p, int seed)
    {
        var random = new Random(seed);
        List<T> Shuffle<T>(IEnumerable<T> items) => items.OrderBy(_ => random.Next()).ToList();
        return new TimetableProblem(Shuffle(p.HalfDays), Shuffle(p.Groups), Shuffle(p.Activities), Shuffle(p.Rooms),
            Shuffle(p.Supervisors), Shuffle(p.Locked));
    }
}
