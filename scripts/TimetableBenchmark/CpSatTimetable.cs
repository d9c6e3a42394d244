// The same problem as a CP-SAT model (Google OR-Tools), only to compare with the hand-written search (ADR 0014). An
// aggregated model: which activity each group does each half-day (a whole-day activity as one choice for both halves),
// every group's themes and daily enquête métier, and for each half-day the supervisors counted per kind and in all, the
// rooms counted per kind and size (the conditions under which rooms and supervisors can then be named one by one, as the
// generator does). One worker and a fixed seed: deterministic.
using System.Diagnostics;
using Google.OrTools.Sat;
using StageSeconde.Web.Domain.Programme;

internal static class CpSatTimetable
{
    public sealed record Result(string Status, double Milliseconds, int Variables, int ChosenSlots);

    public static Result Solve(TimetableProblem p, int workers = 1)
    {
        var watch = Stopwatch.StartNew();
        var model = new CpModel();
        var halves = p.HalfDays.OrderBy(h => h).ToList();
        var kinds = new[] { SupervisorKind.Teacher, SupervisorKind.Librarian, SupervisorKind.PsyEn, SupervisorKind.Aed };
        bool Fits(TimetableGroup g, TimetableActivity a) =>
            g.Size <= a.MaxGroupSize
            && (a.RoomKind == RoomKind.Outside ? a.IsOuting : p.Rooms.Any(r => r.Kind == a.RoomKind && r.Capacity >= g.Size))
            && p.Supervisors.Any(s => a.SupervisorKind == SupervisorKind.Any || s.Kind == a.SupervisorKind);

        // (group, activity, var) using each half-day.
        var usesOf = halves.ToDictionary(h => h, _ => new List<(TimetableGroup G, TimetableActivity A, BoolVar V)>());
        var variables = 0;
        foreach (var g in p.Groups)
        {
            var themeVars = p.Activities.Select(a => a.Theme).Distinct().ToDictionary(t => t, _ => new List<BoolVar>());
            var perHalf = new Dictionary<HalfDay, List<BoolVar>>();
            var inquiryPerDay = new Dictionary<DateOnly, List<BoolVar>>();
            foreach (var h in halves.Where(g.Present.Contains))
            {
                perHalf[h] = [];
                if (!inquiryPerDay.ContainsKey(h.Date)) inquiryPerDay[h.Date] = [];
            }
            foreach (var a in p.Activities.Where(a => Fits(g, a)))
            {
                if (a.LengthInHalfDays == 1)
                    foreach (var h in perHalf.Keys.ToList())
                    {
                        var v = model.NewBoolVar($"x{g.Id}_{h}_{a.Id}");
                        variables++;
                        perHalf[h].Add(v);
                        usesOf[h].Add((g, a, v));
                        themeVars[a.Theme].Add(v);
                        if (a.Theme == ProgrammeTheme.JobInquiry) inquiryPerDay[h.Date].Add(v);
                    }
                else if (a.LengthInHalfDays == 2)
                    foreach (var date in perHalf.Keys.Select(h => h.Date).Distinct().ToList())
                    {
                        var m = HalfDay.Morning(date);
                        var af = HalfDay.AfternoonOf(date);
                        if (!perHalf.ContainsKey(m) || !perHalf.ContainsKey(af)) continue;
                        var v = model.NewBoolVar($"w{g.Id}_{date}_{a.Id}");
                        variables++;
                        perHalf[m].Add(v);
                        perHalf[af].Add(v);
                        usesOf[m].Add((g, a, v));
                        usesOf[af].Add((g, a, v));
                        themeVars[a.Theme].Add(v);
                        if (TimetableConflicts.CountsAsInquiry(a)) inquiryPerDay[date].Add(v); // an enquête métier or an outing
                    }
            }
            foreach (var vars in perHalf.Values) model.AddExactlyOne(vars);
            foreach (var vars in inquiryPerDay.Values) model.AddBoolOr(vars);
            if (perHalf.Count > 0)
                foreach (var theme in Enum.GetValues<ProgrammeTheme>())
                    model.AddBoolOr(themeVars.GetValueOrDefault(theme) ?? []);
        }

        foreach (var h in halves)
        {
            var uses = usesOf[h];
            if (uses.Count == 0) continue;
            var free = p.Supervisors.Where(s => s.Available.Contains(h)).ToList();
            model.Add(LinearExpr.Sum(uses.Select(u => u.V)) <= free.Count);
            foreach (var k in kinds)
            {
                var needing = uses.Where(u => u.A.SupervisorKind == k).Select(u => u.V).ToList();
                if (needing.Count > 0) model.Add(LinearExpr.Sum(needing) <= free.Count(s => s.Kind == k));
            }
            foreach (var kind in uses.Select(u => u.A.RoomKind).Where(k => k != RoomKind.Outside).Distinct())
                foreach (var size in uses.Where(u => u.A.RoomKind == kind).Select(u => u.G.Size).Distinct())
                {
                    var needing = uses.Where(u => u.A.RoomKind == kind && u.G.Size >= size).Select(u => u.V).ToList();
                    model.Add(LinearExpr.Sum(needing) <= p.Rooms.Count(r => r.Kind == kind && r.Capacity >= size));
                }
        }

        var solver = new CpSolver { StringParameters = $"num_workers:{workers},random_seed:1,max_time_in_seconds:60" };
        var status = solver.Solve(model);
        var chosen = usesOf.Values.SelectMany(u => u).Count(u => status is CpSolverStatus.Optimal or CpSolverStatus.Feasible && solver.BooleanValue(u.V));
        return new Result(status.ToString(), watch.Elapsed.TotalMilliseconds, variables, chosen);
    }
}
