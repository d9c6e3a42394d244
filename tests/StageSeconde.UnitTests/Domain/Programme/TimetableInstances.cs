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
        {
            activities.Add(new TimetableActivity(99, "Journée en immersion", ProgrammeTheme.JobInquiry, 2, RoomKind.Outside, 35, SupervisorKind.Aed, true));
            // A whole-day outing of another theme: it keeps the day's enquête métier rhythm (ADR 0014).
            activities.Add(new TimetableActivity(98, "Visite d'entreprise", ProgrammeTheme.MeetProfessionals, 2, RoomKind.Outside, 35, SupervisorKind.Teacher, true));
        }

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

    /// <summary>
    /// A tight instance with a timetable planted in it: a random timetable keeping every rule is drawn first, then the
    /// lycée gets just the rooms and supervisors it uses, each supervisor free only on the half-days the planted timetable
    /// gives them, plus <paramref name="slack"/> supervisors of each kind free everywhere. Feasible, with little to spare.
    /// </summary>
    public static TimetableProblem Planted(InstanceShape shape, int slack)
    {
        var loose = Build(shape with { WithWholeDay = false });
        var random = new Random(shape.Seed + 1);
        var activities = loose.Activities;
        var byTheme = activities.GroupBy(a => a.Theme).ToDictionary(g => g.Key, g => g.ToList());
        var uses = new List<(HalfDay Half, TimetableActivity Activity, SupervisorKind Kind)>();
        foreach (var group in loose.Groups)
        {
            var days = group.Present.Select(h => h.Date).Distinct().Order().ToList();
            var inquiryHalves = days.Select(d => new HalfDay(d, random.Next(2) == 1)).ToList();
            var others = group.Present.Except(inquiryHalves).OrderBy(_ => random.Next()).ToList();
            var themes = new[] { ProgrammeTheme.DiscoverSectors, ProgrammeTheme.MeetProfessionals, ProgrammeTheme.KnowOneself };
            foreach (var half in inquiryHalves) Use(half, ProgrammeTheme.JobInquiry);
            for (var i = 0; i < others.Count; i++)
                Use(others[i], i < themes.Length ? themes[i] : Enum.GetValues<ProgrammeTheme>()[random.Next(4)]);
        }

        void Use(HalfDay half, ProgrammeTheme theme)
        {
            var options = byTheme[theme];
            var activity = options[random.Next(options.Count)];
            var kind = activity.SupervisorKind == SupervisorKind.Any ? (SupervisorKind)random.Next(1, 5) : activity.SupervisorKind;
            uses.Add((half, activity, kind));
        }

        var rooms = new List<TimetableRoom>();
        foreach (var kind in activities.Select(a => a.RoomKind).Where(k => k != RoomKind.Outside).Distinct().Order())
        {
            var count = uses.Where(u => u.Activity.RoomKind == kind).GroupBy(u => u.Half).Select(g => g.Count()).DefaultIfEmpty(0).Max();
            for (var j = 0; j < count; j++) rooms.Add(new TimetableRoom(1000 + rooms.Count * 3, $"{kind} {j + 1}", kind, 30));
        }

        var supervisors = new List<TimetableSupervisor>();
        var all = loose.HalfDays.ToHashSet();
        foreach (var kind in new[] { SupervisorKind.Teacher, SupervisorKind.Librarian, SupervisorKind.PsyEn, SupervisorKind.Aed })
        {
            var perHalf = uses.Where(u => u.Kind == kind).GroupBy(u => u.Half).ToDictionary(g => g.Key, g => g.Count());
            var count = perHalf.Values.DefaultIfEmpty(0).Max();
            for (var j = 0; j < count; j++)
                supervisors.Add(new TimetableSupervisor(2000 + supervisors.Count * 5, $"{kind} {j + 1}", kind,
                    perHalf.Where(p => p.Value > j).Select(p => p.Key).ToHashSet()));
            for (var j = 0; j < slack; j++)
                supervisors.Add(new TimetableSupervisor(2000 + supervisors.Count * 5, $"{kind} en plus {j + 1}", kind, all));
        }
        return loose with { Rooms = rooms, Supervisors = supervisors };
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
