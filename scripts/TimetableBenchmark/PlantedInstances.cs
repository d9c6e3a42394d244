// Tight instances with a planted timetable (the same construction as the property tests' TimetableInstances.Planted):
// a random timetable keeping every rule is drawn, then the lycée gets just the rooms and supervisors it uses, each
// supervisor free only on the half-days the planted timetable gives them, plus `slack` supervisors of each kind free
// throughout. Feasible by construction; the benchmark counts how often the generator still finds a timetable.
using StageSeconde.Web.Domain.Programme;

internal static class PlantedInstances
{
    private static readonly DateOnly Monday = new(2027, 6, 14);

    public static TimetableProblem Build(int seed, int slack)
    {
        var random = new Random(seed);
        var weeks = random.Next(1, 3);
        var groupCount = random.Next(1, 9);
        var perTheme = random.Next(1, 4);
        var halfDays = HalfDay.Weekdays(Monday, Monday.AddDays(7 * weeks - 3));
        var week2 = Monday.AddDays(7);
        var groups = new List<TimetableGroup>();
        for (var i = 1; i <= groupCount; i++)
        {
            var pattern = weeks == 1 ? 0 : random.Next(3);
            groups.Add(new TimetableGroup(i * 10, $"Groupe {i}", random.Next(8, 31),
                halfDays.Where(h => pattern == 0 || (pattern == 1) == (h.Date < week2)).ToHashSet()));
        }
        var activities = new List<TimetableActivity>();
        var roomKinds = Enum.GetValues<RoomKind>();
        var supervisorKinds = Enum.GetValues<SupervisorKind>();
        foreach (var theme in Enum.GetValues<ProgrammeTheme>())
            for (var j = 0; j < perTheme; j++)
            {
                var room = roomKinds[random.Next(roomKinds.Length)];
                activities.Add(new TimetableActivity(100 + activities.Count * 7, $"{theme} {j + 1}", theme, 1, room,
                    random.Next(30, 40), supervisorKinds[random.Next(supervisorKinds.Length)], room == RoomKind.Outside));
            }

        var byTheme = activities.GroupBy(a => a.Theme).ToDictionary(g => g.Key, g => g.ToList());
        var uses = new List<(HalfDay Half, TimetableActivity Activity, SupervisorKind Kind)>();
        void Use(HalfDay half, ProgrammeTheme theme)
        {
            var options = byTheme[theme];
            var activity = options[random.Next(options.Count)];
            var kind = activity.SupervisorKind == SupervisorKind.Any ? (SupervisorKind)random.Next(1, 5) : activity.SupervisorKind;
            uses.Add((half, activity, kind));
        }
        foreach (var group in groups)
        {
            var inquiryHalves = group.Present.Select(h => h.Date).Distinct().Order().Select(d => new HalfDay(d, random.Next(2) == 1)).ToList();
            var others = group.Present.Except(inquiryHalves).OrderBy(_ => random.Next()).ToList();
            foreach (var half in inquiryHalves) Use(half, ProgrammeTheme.JobInquiry);
            var themes = new[] { ProgrammeTheme.DiscoverSectors, ProgrammeTheme.MeetProfessionals, ProgrammeTheme.KnowOneself };
            for (var i = 0; i < others.Count; i++)
                Use(others[i], i < themes.Length ? themes[i] : Enum.GetValues<ProgrammeTheme>()[random.Next(4)]);
        }

        var rooms = new List<TimetableRoom>();
        foreach (var kind in activities.Select(a => a.RoomKind).Where(k => k != RoomKind.Outside).Distinct().Order())
        {
            var count = uses.Where(u => u.Activity.RoomKind == kind).GroupBy(u => u.Half).Select(g => g.Count()).DefaultIfEmpty(0).Max();
            for (var j = 0; j < count; j++) rooms.Add(new TimetableRoom(1000 + rooms.Count * 3, $"{kind} {j + 1}", kind, 30));
        }
        var supervisors = new List<TimetableSupervisor>();
        foreach (var kind in supervisorKinds.Skip(1))
        {
            var perHalf = uses.Where(u => u.Kind == kind).GroupBy(u => u.Half).ToDictionary(g => g.Key, g => g.Count());
            var count = perHalf.Values.DefaultIfEmpty(0).Max();
            for (var j = 0; j < count; j++)
                supervisors.Add(new TimetableSupervisor(2000 + supervisors.Count * 5, $"{kind} {j + 1}", kind,
                    perHalf.Where(p => p.Value > j).Select(p => p.Key).ToHashSet()));
            for (var j = 0; j < slack; j++)
                supervisors.Add(new TimetableSupervisor(2000 + supervisors.Count * 5, $"{kind} en plus {j + 1}", kind, halfDays.ToHashSet()));
        }
        return new TimetableProblem(halfDays, groups, activities, rooms, supervisors, []);
    }
}
