// Benchmark of the in-school programme's timetable generator (issue 10), run by scripts/bench-timetable.sh: lycées of
// 200 and 1 000 pupils in the programme, groups built by GroupBuilder, the académie's catalogue, supervisors free about
// 70 % of the half-days (a fixed seed), the period's 20 half-days. Each instance: one cold run (first call, JIT included),
// 3 warm-up runs, then RUNS timed runs; every timetable is checked by TimetableConflicts.Find.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using StageSeconde.Web.Domain.Programme;

internal static class TimetableBench
{
    public static int Main(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var output = args.Length > 1 ? args[1] : null;

        var cases = new List<Case>
        {
            new("200 élèves, 40 encadrants, 15 salles (objectif < 1 s)", Instance.Build(200, 40, 15, 0.7, seed: 1)),
            new("1 000 élèves, 150 encadrants, 50 salles (objectif < 10 s)", Instance.Build(1000, 150, 50, 0.7, seed: 2)),
            new("200 élèves, encadrants libres un tiers du temps", Instance.Build(200, 40, 15, 0.34, seed: 3)),
            new("1 000 élèves, encadrants libres la moitié du temps", Instance.Build(1000, 150, 50, 0.5, seed: 4)),
            new("200 élèves, un après-midi avec 3 encadrants (impossible)", Instance.WithFewSupervisorsOneAfternoon(Instance.Build(200, 40, 15, 0.7, seed: 1), 3)),
        };

        var results = cases.Select(c => Measure(c, runs)).ToList();
        foreach (var (c, r) in cases.Zip(results))
        {
            CpSatTimetable.Solve(c.Problem); // warm-up (native library loaded, JIT)
            var times = new List<double>();
            CpSatTimetable.Result? last = null;
            for (var i = 0; i < Math.Min(runs, 5); i++)
            {
                last = CpSatTimetable.Solve(c.Problem);
                times.Add(last.Milliseconds);
            }
            times.Sort();
            r.CpSat = (last!.Status, times[times.Count / 2], times[^1], last.Variables);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"CP-SAT {c.Name}: {last.Status}, {last.Variables} variables, {last.ChosenSlots} créneaux, médiane {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms"));
        }
        foreach (var r in results)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name}: {r.Groups} groupes, {r.Slots} créneaux, {r.Conflicts} conflits, réalisable={r.Feasible}, premier appel {r.ColdMs:0.0} ms, médiane {r.MedianMs:0.00} ms, max {r.MaxMs:0.00} ms{(r.Feasible ? "" : " — " + r.FirstProblem)}"));

        // Tight instances with a planted timetable: how often the search still finds one, and what CP-SAT says when it does not.
        var planted = new List<TimetableBench.PlantedResult>();
        foreach (var slack in new[] { 0, 1 })
        {
            var unsolved = new List<int>();
            var watch = Stopwatch.StartNew();
            for (var seed = 1; seed <= PlantedCount; seed++)
            {
                var problem = PlantedInstances.Build(seed, slack);
                var outcome = TimetableGenerator.Generate(problem);
                if (!outcome.IsFeasible) unsolved.Add(seed);
                else if (TimetableConflicts.Find(problem, outcome.Slots).Count > 0) throw new InvalidOperationException($"Conflit, graine {seed}");
            }
            var elapsed = watch.Elapsed.TotalMilliseconds;
            var cpSat = unsolved.Select(seed => CpSatTimetable.Solve(PlantedInstances.Build(seed, slack)).Status).ToList();
            planted.Add(new(slack, PlantedCount, unsolved.Count, elapsed / PlantedCount, cpSat.Count(s => s is "Optimal" or "Feasible")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Instances plantées, {slack} encadrant(s) en plus par type : {unsolved.Count}/{PlantedCount} sans emploi du temps (graines {string.Join(", ", unsolved.Take(10))}), {elapsed / PlantedCount:0.0} ms en moyenne ; CP-SAT en résout {cpSat.Count(s => s is "Optimal" or "Feasible")}"));
        }

        if (output is not null)
        {
            Report.WriteSection(output, Report.Section(results, runs, planted));
            Console.WriteLine($"Écrit dans {output}.");
        }
        var failed = results.Where(r => r.Expected != r.Feasible || r.Conflicts > 0).ToList();
        foreach (var f in failed) Console.Error.WriteLine($"ÉCHEC : {f.Name}");
        return failed.Count == 0 ? 0 : 1;
    }

    private const int PlantedCount = 1000;

    internal sealed record PlantedResult(int Slack, int Count, int Failed, double MeanMs, int SolvedByCpSat);

    private static Result Measure(Case c, int runs)
    {
        var cold = Stopwatch.StartNew();
        var outcome = TimetableGenerator.Generate(c.Problem);
        var coldMs = cold.Elapsed.TotalMilliseconds;
        for (var i = 0; i < 3; i++) TimetableGenerator.Generate(c.Problem);
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var again = TimetableGenerator.Generate(c.Problem);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (!again.Slots.SequenceEqual(outcome.Slots)) throw new InvalidOperationException("Deux appels, deux emplois du temps.");
        }
        times.Sort();
        var conflicts = outcome.IsFeasible ? TimetableConflicts.Find(c.Problem, outcome.Slots).Count : 0;
        var load = outcome.Slots.GroupBy(s => s.SupervisorId).Select(g => g.Count()).DefaultIfEmpty(0).ToList();
        return new Result(c.Name, c.Problem.Groups.Count, c.Problem.Supervisors.Count, c.Problem.Rooms.Count, outcome.Slots.Count,
            conflicts, outcome.IsFeasible, c.Name.Contains("impossible", StringComparison.Ordinal) ? false : true,
            coldMs, times[times.Count / 2], times[^1], load.Max(), outcome.Problems.FirstOrDefault() ?? "");
    }

    private sealed record Case(string Name, TimetableProblem Problem);

    internal sealed record Result(string Name, int Groups, int Supervisors, int Rooms, int Slots, int Conflicts, bool Feasible, bool Expected,
        double ColdMs, double MedianMs, double MaxMs, int MaxLoad, string FirstProblem)
    {
        public (string Status, double MedianMs, double MaxMs, int Variables) CpSat { get; set; }
    }
}

internal static class Instance
{
    public static readonly DateOnly Monday = new(2027, 6, 14);

    /// <summary>The académie's catalogue (issue 10), as a lycée could enter it.</summary>
    public static readonly TimetableActivity[] Catalogue =
    [
        new(1, "Enquête métier : entretien avec un professionnel du lycée", ProgrammeTheme.JobInquiry, 1, RoomKind.Classroom, 35, SupervisorKind.Any, false),
        new(2, "Fiche métier", ProgrammeTheme.JobInquiry, 1, RoomKind.ComputerRoom, 30, SupervisorKind.Any, false),
        new(3, "Enquête métier : préparer l'entretien au CDI", ProgrammeTheme.JobInquiry, 1, RoomKind.Cdi, 30, SupervisorKind.Librarian, false),
        new(4, "Découvrir un secteur avec l'ONISEP (portraits de pros, Onisep TV)", ProgrammeTheme.DiscoverSectors, 1, RoomKind.ComputerRoom, 30, SupervisorKind.Any, false),
        new(5, "Quiz sur les secteurs professionnels", ProgrammeTheme.DiscoverSectors, 1, RoomKind.Classroom, 35, SupervisorKind.Any, false),
        new(6, "Visite d'entreprise", ProgrammeTheme.DiscoverSectors, 1, RoomKind.Outside, 30, SupervisorKind.Teacher, true),
        new(7, "Égalité filles-garçons et métiers", ProgrammeTheme.DiscoverSectors, 1, RoomKind.Classroom, 35, SupervisorKind.Any, false),
        new(8, "Rencontre avec un professionnel", ProgrammeTheme.MeetProfessionals, 1, RoomKind.Hall, 90, SupervisorKind.Any, false),
        new(9, "Rencontre d'un ambassadeur de lycée professionnel", ProgrammeTheme.MeetProfessionals, 1, RoomKind.Classroom, 35, SupervisorKind.Teacher, false),
        new(10, "Visite des ateliers d'un lycée professionnel", ProgrammeTheme.MeetProfessionals, 1, RoomKind.Outside, 30, SupervisorKind.Teacher, true),
        new(11, "Échange en ligne avec un professionnel", ProgrammeTheme.MeetProfessionals, 1, RoomKind.ComputerRoom, 30, SupervisorKind.Any, false),
        new(12, "Se connaître, valoriser ses expériences", ProgrammeTheme.KnowOneself, 1, RoomKind.Classroom, 30, SupervisorKind.PsyEn, false),
        new(13, "Mes compétences, mes envies", ProgrammeTheme.KnowOneself, 1, RoomKind.Classroom, 35, SupervisorKind.Teacher, false),
        new(14, "Journée en immersion dans un service du lycée", ProgrammeTheme.JobInquiry, 2, RoomKind.Outside, 30, SupervisorKind.Aed, true),
    ];

    /// <summary>
    /// Pupils: 60 % both weeks, 20 % week 1, 20 % week 2, in classes of 35; groups of 26 at most (GroupBuilder); rooms and
    /// supervisors in the proportions of a lycée; each supervisor free on each half-day with the given probability.
    /// </summary>
    public static TimetableProblem Build(int pupilCount, int supervisorCount, int roomCount, double availability, int seed)
    {
        var random = new Random(seed);
        var halfDays = HalfDay.Weekdays(Monday, Monday.AddDays(11));
        var pupils = Enumerable.Range(1, pupilCount).Select(i =>
        {
            var classId = (i - 1) / 35 + 1;
            var weeks = (i % 10) switch { < 6 => new HashSet<int> { 1, 2 }, < 8 => [1], _ => [2] };
            return new ProgrammePupil(i, classId, $"2nde {classId}", weeks);
        }).ToList();
        var built = GroupBuilder.Build(pupils, 26);
        var groups = built.Select((g, i) => new TimetableGroup(i + 1, g.Name, g.StudentIds.Count,
            halfDays.Where(h => g.Weeks.Contains(h.Date < Monday.AddDays(7) ? 1 : 2)).ToHashSet())).ToList();

        var rooms = new List<TimetableRoom>();
        var cdi = Math.Max(1, roomCount / 15);
        var computer = Math.Max(2, roomCount / 5);
        var halls = Math.Max(1, roomCount / 12);
        for (var i = 0; i < roomCount; i++)
        {
            var (kind, capacity, name) = i < cdi ? (RoomKind.Cdi, 40, "CDI")
                : i < cdi + computer ? (RoomKind.ComputerRoom, 30, "Salle informatique")
                : i < cdi + computer + halls ? (RoomKind.Hall, 120, "Salle polyvalente")
                : (RoomKind.Classroom, 35, "Salle");
            rooms.Add(new TimetableRoom(i + 1, $"{name} {i + 1}", kind, capacity));
        }

        var supervisors = new List<TimetableSupervisor>();
        for (var i = 0; i < supervisorCount; i++)
        {
            var kind = (i % 20) switch { 0 => SupervisorKind.Librarian, 1 => SupervisorKind.PsyEn, < 6 => SupervisorKind.Aed, _ => SupervisorKind.Teacher };
            var free = halfDays.Where(_ => random.NextDouble() < availability).ToHashSet();
            supervisors.Add(new TimetableSupervisor(i + 1, $"Encadrant {i + 1}", kind, free));
        }
        return new TimetableProblem(halfDays, groups, Catalogue, rooms, supervisors, []);
    }

    /// <summary>The same lycée, where only <paramref name="count"/> supervisors are free on the first Tuesday afternoon.</summary>
    public static TimetableProblem WithFewSupervisorsOneAfternoon(TimetableProblem problem, int count)
    {
        var tuesday = HalfDay.AfternoonOf(Monday.AddDays(1));
        var kept = 0;
        var supervisors = problem.Supervisors.Select(s =>
        {
            if (!s.Available.Contains(tuesday)) return s;
            if (kept++ < count) return s;
            return s with { Available = s.Available.Where(h => h != tuesday).ToHashSet() };
        }).ToList();
        return problem with { Supervisors = supervisors };
    }
}

internal static class Report
{
    public const string Heading = "## Emploi du temps du programme au lycée";

    public static string Section(IReadOnlyList<TimetableBench.Result> results, int runs, IReadOnlyList<TimetableBench.PlantedResult> planted)
    {
        var f = CultureInfo.InvariantCulture;
        var load = Environment.OSVersion.Platform == PlatformID.Unix && File.Exists("/proc/loadavg")
            ? File.ReadAllText("/proc/loadavg").Split(' ').Take(3).ToArray() : ["?", "?", "?"];
        var text = new StringBuilder();
        text.Append(Heading).Append("\n\n");
        text.Append(string.Create(f, $"Mesuré le {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC par `scripts/bench-timetable.sh` (programme `scripts/TimetableBenchmark`, hors solution, compilé en Release) : "));
        text.Append("`TimetableGenerator.Generate` seul, en mémoire (ni base ni page), sur les 20 demi-journées de la période (du lundi 14 au vendredi 25 juin 2027). ");
        text.Append("Les élèves (60 % les deux semaines, 20 % la semaine 1, 20 % la semaine 2, par classes de 35) sont répartis par `GroupBuilder` en groupes de 26 au plus ; ");
        text.Append("le catalogue est celui de l'académie (14 activités, dont 2 sorties d'une demi-journée et une journée entière) ; chaque encadrant est libre sur chaque demi-journée avec la probabilité indiquée (tirage à graine fixe). ");
        text.Append(string.Create(f, $"Pour chaque cas : un premier appel (compilation à la volée comprise), 3 appels d'échauffement, puis {runs} appels mesurés ; chaque emploi du temps est vérifié par `TimetableConflicts.Find`, et chaque appel doit rendre le même emploi du temps.\n\n"));
        text.Append(string.Create(f, $"Machine : {Environment.ProcessorCount} cœurs, .NET {Environment.Version} ; charge moyenne (1 / 5 / 15 min) : {load[0]} / {load[1]} / {load[2]}.\n\n"));
        text.Append("| Cas | Groupes | Créneaux | Conflits | Premier appel | Médiane | Maximum | CP-SAT : issue, médiane (maximum) |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (var r in results)
            text.Append(string.Create(f, $"| {r.Name} | {r.Groups} | {r.Slots} | {(r.Feasible ? r.Conflicts.ToString(f) : "—")} | {r.ColdMs:0.0} ms | {r.MedianMs:0.00} ms | {r.MaxMs:0.00} ms | {r.CpSat.Status}, {r.CpSat.MedianMs:0} ms ({r.CpSat.MaxMs:0} ms) |\n"));
        text.Append('\n');
        text.Append(string.Create(f, $"Dernière colonne : le même problème posé à CP-SAT (Google OR-Tools 9.15, un seul fil, graine fixe ; `scripts/TimetableBenchmark/CpSatTimetable.cs`), un modèle agrégé qui choisit l'activité de chaque groupe à chaque demi-journée et ne compte que les salles et encadrants (les nommer ensuite reste à faire) : {Math.Min(runs, 5)} résolutions mesurées après une d'échauffement. Il sert à la comparaison de l'ADR 0014 ; l'application n'utilise pas OR-Tools.\n\n"));
        text.Append("Instances serrées (`scripts/TimetableBenchmark/PlantedInstances.cs`) : un emploi du temps tiré au hasard est planté, puis le lycée ne reçoit que les salles et encadrants qu'il utilise, chaque encadrant libre seulement là où l'emploi du temps planté l'emploie (1 à 8 groupes, 1 ou 2 semaines, 1 à 3 activités par thème) ; chacune a donc une solution, sans rien de trop.\n\n");
        text.Append("| Encadrants en plus, par type, libres toute la période | Instances | Sans emploi du temps | Durée moyenne | Résolues par CP-SAT parmi celles-ci |\n|---:|---:|---:|---:|---:|\n");
        foreach (var p in planted)
            text.Append(string.Create(f, $"| {p.Slack} | {p.Count} | {p.Failed} | {p.MeanMs:0.0} ms | {p.SolvedByCpSat} / {p.Failed} |\n"));
        text.Append('\n');
        var impossible = results.FirstOrDefault(r => !r.Feasible);
        if (impossible is not null)
            text.Append($"Le cas impossible ne rend aucun créneau et l'explique : « {impossible.FirstProblem} »\n\n");
        text.Append("Méthode et choix (recherche écrite à la main plutôt que CP-SAT) : ADR 0014 (`docs/decisions/0014-generateur-emploi-du-temps.md`).\n\n");
        text.Append("```bash\nscripts/bench-timetable.sh      # 20 appels mesurés par cas\nscripts/bench-timetable.sh 50   # davantage\n```\n");
        return text.ToString();
    }

    public static void WriteSection(string path, string section)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf(Heading, StringComparison.Ordinal);
        if (start < 0) text = text.TrimEnd('\n') + "\n\n" + section;
        else
        {
            var next = text.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
            text = text[..start] + section + (next < 0 ? "" : "\n" + text[(next + 1)..]);
        }
        File.WriteAllText(path, text.TrimEnd('\n') + "\n");
    }
}
