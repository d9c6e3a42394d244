using CsCheck;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.UnitTests.Domain.Programme;

/// <summary>Properties of the generator over random instances (CsCheck): feasible ones, impossible ones, determinism, locks.</summary>
public class TimetableGeneratorPropertyTests
{
    private const int Iterations = 150;

    [Fact]
    public void A_feasible_instance_gets_a_timetable_that_keeps_every_rule()
    {
        TimetableInstances.Shapes.Sample(shape =>
        {
            var problem = TimetableInstances.Build(shape);
            var outcome = TimetableGenerator.Generate(problem);

            Assert.True(outcome.IsFeasible, string.Join(" | ", outcome.Problems));
            Assert.Empty(TimetableConflicts.Find(problem, outcome.Slots));
            TimetableRules.AssertKept(problem, outcome.Slots);
        }, iter: Iterations, print: s => s.ToString());
    }

    [Fact]
    public void A_tight_instance_with_a_planted_timetable_and_one_spare_supervisor_per_kind_gets_a_timetable()
    {
        TimetableInstances.Shapes.Sample(shape =>
        {
            var problem = TimetableInstances.Planted(shape, slack: 1);
            var outcome = TimetableGenerator.Generate(problem);

            Assert.True(outcome.IsFeasible, string.Join(" | ", outcome.Problems));
            TimetableRules.AssertKept(problem, outcome.Slots);
        }, iter: Iterations, print: s => s.ToString());
    }

    [Fact]
    public void Too_few_supervisors_on_one_half_day_gives_no_timetable_and_names_that_half_day()
    {
        var cases = Gen.Select(TimetableInstances.Shapes, Gen.Int[0, 19], Gen.Int[1, 8], (shape, half, missing) => (shape, half, missing));
        cases.Sample(c =>
        {
            var problem = TimetableInstances.Build(c.shape);
            var halfDay = problem.HalfDays[c.half % problem.HalfDays.Count];
            var present = problem.Groups.Count(g => g.Present.Contains(halfDay));
            if (present == 0) return; // nobody in the programme that half-day: nothing to miss
            var keep = Math.Max(0, present - c.missing);
            var supervisors = problem.Supervisors
                .Select((s, i) => i < keep ? s : s with { Available = s.Available.Where(h => h != halfDay).ToHashSet() })
                .ToList();

            var outcome = TimetableGenerator.Generate(problem with { Supervisors = supervisors });

            Assert.False(outcome.IsFeasible);
            Assert.Empty(outcome.Slots);
            Assert.Contains(outcome.Problems, p => p.Contains($"{halfDay.Label} : {present} groupes, {keep} surveillants disponibles", StringComparison.Ordinal));
        }, iter: Iterations, print: c => $"{c.shape}, demi-journée {c.half}, {c.missing} encadrants en moins");
    }

    [Fact]
    public void A_group_too_large_for_every_activity_of_a_theme_gives_no_timetable_and_says_so()
    {
        var cases = Gen.Select(TimetableInstances.Shapes, Gen.Enum<ProgrammeTheme>(), (shape, theme) => (shape, theme));
        cases.Sample(c =>
        {
            var problem = TimetableInstances.Build(c.shape);
            var group = problem.Groups[0];
            var activities = problem.Activities
                .Select(a => a.Theme == c.theme ? a with { MaxGroupSize = group.Size - 1 } : a).ToList();

            var outcome = TimetableGenerator.Generate(problem with { Activities = activities });

            Assert.False(outcome.IsFeasible);
            Assert.Empty(outcome.Slots);
            Assert.Contains($"{group.Name} : aucune activité du thème « {ProgrammeLabels.Theme(c.theme)} » n'accepte un groupe de {group.Size} élèves.", outcome.Problems);
        }, iter: Iterations, print: c => $"{c.shape}, thème {c.theme}");
    }

    [Fact]
    public void The_same_input_in_any_order_gives_the_same_timetable()
    {
        var cases = Gen.Select(TimetableInstances.Shapes, Gen.Int, (shape, shuffle) => (shape, shuffle));
        cases.Sample(c =>
        {
            var problem = TimetableInstances.Build(c.shape);
            var first = TimetableGenerator.Generate(problem);
            var again = TimetableGenerator.Generate(TimetableInstances.Build(c.shape));
            var shuffled = TimetableGenerator.Generate(TimetableInstances.Shuffled(problem, c.shuffle));

            Assert.Equal(first.Slots, again.Slots);
            Assert.Equal(first.Slots, shuffled.Slots);
            Assert.Equal(first.Problems, shuffled.Problems);
        }, iter: Iterations / 2, print: c => $"{c.shape}, mélange {c.shuffle}");
    }

    [Fact]
    public void Locked_slots_are_kept_as_given()
    {
        var cases = Gen.Select(TimetableInstances.Shapes, Gen.Int[1, 4], Gen.Int, (shape, count, seed) => (shape, count, seed));
        cases.Sample(c =>
        {
            var problem = TimetableInstances.Build(c.shape);
            var locked = LockedSlots(problem, c.count, new Random(c.seed));
            var withLocks = problem with { Locked = locked };

            var outcome = TimetableGenerator.Generate(withLocks);

            Assert.True(outcome.IsFeasible, string.Join(" | ", outcome.Problems));
            foreach (var slot in locked) Assert.Contains(slot, outcome.Slots);
            TimetableRules.AssertKept(withLocks, outcome.Slots);
        }, iter: Iterations, print: c => $"{c.shape}, {c.count} créneaux verrouillés, graine {c.seed}");
    }

    [Fact]
    public void Two_locked_slots_in_conflict_give_no_timetable()
    {
        TimetableInstances.Shapes.Sample(shape =>
        {
            var problem = TimetableInstances.Build(shape);
            var slot = LockedSlots(problem, 1, new Random(shape.Seed)).Single();
            var other = problem.Groups.FirstOrDefault(g => g.Id != slot.GroupId && g.Present.Contains(slot.HalfDay));
            if (other is null) return;
            var clash = slot with { GroupId = other.Id }; // same room and supervisor, another group

            var outcome = TimetableGenerator.Generate(problem with { Locked = [slot, clash] });

            Assert.False(outcome.IsFeasible);
            Assert.Empty(outcome.Slots);
            Assert.Contains(outcome.Problems, p => p.StartsWith("Créneaux verrouillés : ", StringComparison.Ordinal) && p.Contains(slot.HalfDay.Label, StringComparison.Ordinal));
        }, iter: Iterations / 2, print: s => s.ToString());
    }

    /// <summary>A few hand-made slots that keep the rules: another activity than the generator would choose, any fitting room and supervisor.</summary>
    private static List<TimetableSlot> LockedSlots(TimetableProblem problem, int count, Random random)
    {
        var locked = new List<TimetableSlot>();
        for (var attempt = 0; attempt < 50 && locked.Count < count; attempt++)
        {
            var group = problem.Groups[random.Next(problem.Groups.Count)];
            var present = group.Present.Order().ToList();
            var half = present[random.Next(present.Count)];
            if (locked.Any(s => s.GroupId == group.Id && s.HalfDay.Date == half.Date)) continue;
            var activities = problem.Activities.Where(a => a.LengthInHalfDays == 1 && a.MaxGroupSize >= group.Size).ToList();
            var activity = activities[random.Next(activities.Count)];
            int? room = null;
            if (activity.RoomKind != RoomKind.Outside)
            {
                room = problem.Rooms.Where(r => r.Kind == activity.RoomKind && r.Capacity >= group.Size)
                    .FirstOrDefault(r => !locked.Any(s => s.HalfDay == half && s.RoomId == r.Id))?.Id;
                if (room is null) continue;
            }
            var supervisor = problem.Supervisors
                .Where(s => s.Available.Contains(half) && (activity.SupervisorKind == SupervisorKind.Any || s.Kind == activity.SupervisorKind))
                .FirstOrDefault(s => !locked.Any(l => l.HalfDay == half && l.SupervisorId == s.Id));
            if (supervisor is null) continue;
            locked.Add(new TimetableSlot(group.Id, half, activity.Id, room, supervisor.Id));
        }
        return locked;
    }
}

/// <summary>Every rule of the timetable, checked again here without <see cref="TimetableConflicts"/>.</summary>
internal static class TimetableRules
{
    public static void AssertKept(TimetableProblem problem, IReadOnlyList<TimetableSlot> slots)
    {
        var groups = problem.Groups.ToDictionary(g => g.Id);
        var activities = problem.Activities.ToDictionary(a => a.Id);
        var rooms = problem.Rooms.ToDictionary(r => r.Id);
        var supervisors = problem.Supervisors.ToDictionary(s => s.Id);

        // Monday to Friday, inside the period.
        Assert.All(slots, s => Assert.InRange((int)s.HalfDay.Date.DayOfWeek, 1, 5));
        Assert.All(slots, s => Assert.Contains(s.HalfDay, problem.HalfDays));

        // Exactly one slot per group on each half-day present, none elsewhere.
        foreach (var group in problem.Groups)
        {
            var mine = slots.Where(s => s.GroupId == group.Id).Select(s => s.HalfDay).ToList();
            Assert.Equal(group.Present.Order(), mine.Order());
        }
        Assert.All(slots, s => Assert.True(groups.ContainsKey(s.GroupId)));

        // Nothing booked twice on one half-day.
        Assert.Equal(slots.Count, slots.Select(s => (s.GroupId, s.HalfDay)).Distinct().Count());
        var booked = slots.Where(s => s.RoomId is not null).ToList();
        Assert.Equal(booked.Count, booked.Select(s => (s.RoomId, s.HalfDay)).Distinct().Count());
        Assert.Equal(slots.Count, slots.Select(s => (s.SupervisorId, s.HalfDay)).Distinct().Count());

        foreach (var slot in slots)
        {
            var group = groups[slot.GroupId];
            var activity = activities[slot.ActivityId];
            var supervisor = supervisors[slot.SupervisorId];
            Assert.True(group.Size <= activity.MaxGroupSize, $"{activity.Name} trop petit pour {group.Name}");
            if (activity.RoomKind == RoomKind.Outside)
            {
                Assert.Null(slot.RoomId);
                Assert.True(activity.IsOuting);
            }
            else
            {
                Assert.NotNull(slot.RoomId);
                var room = rooms[slot.RoomId!.Value];
                Assert.Equal(activity.RoomKind, room.Kind);
                Assert.True(room.Capacity >= group.Size, $"{room.Name} trop petite pour {group.Name}");
            }
            Assert.Contains(slot.HalfDay, supervisor.Available);
            Assert.True(activity.SupervisorKind == SupervisorKind.Any || activity.SupervisorKind == supervisor.Kind,
                $"{supervisor.Name} ({supervisor.Kind}) pour {activity.Name} ({activity.SupervisorKind})");

            if (activity.LengthInHalfDays == 2)
            {
                var partner = slots.SingleOrDefault(s => s.GroupId == slot.GroupId && s.HalfDay == slot.HalfDay.Other);
                Assert.NotNull(partner);
                Assert.Equal((slot.ActivityId, slot.RoomId, slot.SupervisorId), (partner.ActivityId, partner.RoomId, partner.SupervisorId));
            }
        }

        // Every theme, and every day present an enquête métier or a whole-day outing (morning and afternoon, checked above).
        foreach (var group in problem.Groups.Where(g => g.Present.Count > 0))
        {
            var mine = slots.Where(s => s.GroupId == group.Id).ToList();
            Assert.Equal(Enum.GetValues<ProgrammeTheme>(), mine.Select(s => activities[s.ActivityId].Theme).Distinct().Order());
            foreach (var day in group.Present.Select(h => h.Date).Distinct())
                Assert.Contains(mine, s => s.HalfDay.Date == day
                    && (activities[s.ActivityId].Theme == ProgrammeTheme.JobInquiry
                        || activities[s.ActivityId].LengthInHalfDays == 2 && activities[s.ActivityId].IsOuting));
        }
    }
}
