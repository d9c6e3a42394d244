using StageSeconde.Web.Features.Referents;

namespace StageSeconde.UnitTests.Features.Referents;

public sealed class ReferentProposalTests
{
    private static int _host = 1000;

    /// <summary>The two weeks of the observation period used here.</summary>
    private static readonly (DateOnly First, DateOnly Last) Week1 = (new(2027, 6, 14), new(2027, 6, 18)), Week2 = (new(2027, 6, 21), new(2027, 6, 25));

    /// <summary>A teacher; <paramref name="examiner"/>: convoked on Wednesday of week 1 (the default students' week).</summary>
    private static ReferentCandidate Teacher(int id, bool available = true, bool examiner = false, params int[] principalOf) =>
        new(id, $"Enseignant {id}", available, examiner ? [new DateOnly(2027, 6, 16)] : [], principalOf);

    private static ReferentCandidate ConvokedOn(int id, params DateOnly[] days) => new(id, $"Enseignant {id}", true, days, []);

    /// <summary>A student alone at their own host, unless <paramref name="host"/> is given; their convention in week 1 unless <paramref name="week"/> says 2.</summary>
    private static PlacedStudent Student(int id, int classId = 1, int? host = null, int? current = null, int week = 1) =>
        new(id, $"Élève {id:000}", classId, [host ?? Interlocked.Increment(ref _host)], current, [week == 1 ? Week1 : Week2]);

    private static Dictionary<int, int> Loads(ReferentPlan plan) => plan.Loads.ToDictionary(l => l.StaffId, l => l.Total);

    [Fact]
    public void Loads_end_within_one_student_of_each_other()
    {
        var students = Enumerable.Range(1, 10).Select(i => Student(i)).ToList();

        var plan = ReferentProposal.Propose(students, [Teacher(1), Teacher(2), Teacher(3)], reassignAll: false);

        Assert.All(plan.Assignments, a => Assert.NotNull(a.TeacherId));
        Assert.Equal([3, 3, 4], Loads(plan).Values.Order());
    }

    [Fact]
    public void Kept_students_count_in_the_balance()
    {
        // Teacher 1 already follows 4 students: the 4 new ones go to teacher 2 (4 – 4).
        var students = Enumerable.Range(1, 4).Select(i => Student(i, current: 1)).Concat(Enumerable.Range(5, 4).Select(i => Student(i))).ToList();

        var plan = ReferentProposal.Propose(students, [Teacher(1), Teacher(2)], reassignAll: false);

        Assert.Equal(4, plan.Loads.Single(l => l.StaffId == 2).Added);
        Assert.Equal((4, 0), (plan.Loads.Single(l => l.StaffId == 1).Kept, plan.Loads.Single(l => l.StaffId == 1).Added));
    }

    [Fact]
    public void Examiners_are_avoided_when_other_teachers_are_free()
    {
        var students = Enumerable.Range(1, 6).Select(i => Student(i)).ToList();

        var plan = ReferentProposal.Propose(students, [Teacher(1), Teacher(2, examiner: true), Teacher(3)], reassignAll: false);

        Assert.DoesNotContain(plan.Assignments, a => a.TeacherId == 2);
        Assert.Equal(0, Loads(plan)[2]);
        Assert.False(plan.ExaminersOnly);
    }

    [Fact]
    public void Examiners_are_proposed_only_when_nobody_else_is_available()
    {
        var students = Enumerable.Range(1, 4).Select(i => Student(i)).ToList();

        var plan = ReferentProposal.Propose(students, [Teacher(1, available: false), Teacher(2, examiner: true)], reassignAll: false);

        Assert.All(plan.Assignments, a => Assert.Equal(2, a.TeacherId));
        Assert.True(plan.ExaminersOnly);
        Assert.All(plan.Assignments, a => Assert.Contains("Convoqué(e) comme examinateur pendant la convention", a.Reason));
    }

    [Fact]
    public void Teachers_unavailable_during_the_period_are_never_proposed()
    {
        var plan = ReferentProposal.Propose([Student(1)], [Teacher(1, available: false)], reassignAll: false);

        Assert.Null(plan.Assignments.Single().TeacherId);
        Assert.Contains("Aucun enseignant disponible", plan.Assignments.Single().Reason);
    }

    [Fact]
    public void Students_at_the_same_host_get_the_same_teacher()
    {
        // Three students at host 7 and three alone, two teachers: 3 – 3, and host 7's students together.
        var students = new[] { Student(1), Student(2, host: 7), Student(3), Student(4, host: 7), Student(5), Student(6, host: 7) };

        var plan = ReferentProposal.Propose(students, [Teacher(1), Teacher(2)], reassignAll: false);

        var atHost = new[] { 2, 4, 6 }.Select(id => plan.For(id).TeacherId).Distinct().ToList();
        Assert.Single(atHost);
        Assert.Equal([3, 3], Loads(plan).Values);
        Assert.Contains("Même structure d'accueil que 2 autre(s) élève(s)", plan.For(2).Reason);
    }

    [Fact]
    public void A_student_with_a_host_each_week_brings_both_hosts_students_to_one_teacher()
    {
        // Student 1: week 1 at host 21, week 2 at host 22; student 2 at host 21, student 3 at host 22; three students alone.
        var students = new[] { new PlacedStudent(1, "Élève 001", 1, [21, 22], null), Student(2, host: 21), Student(3, host: 22), Student(4), Student(5), Student(6) };

        var plan = ReferentProposal.Propose(students, [Teacher(1), Teacher(2)], reassignAll: false);

        Assert.Single(new[] { 1, 2, 3 }.Select(id => plan.For(id).TeacherId).Distinct());
        Assert.Equal([3, 3], Loads(plan).Values);
        Assert.Contains("déjà suivi par ce professeur", plan.For(3).Reason);
    }

    [Fact]
    public void A_student_at_the_host_of_a_followed_student_goes_to_that_teacher()
    {
        var students = new[] { Student(1, host: 9, current: 2), Student(2, host: 9), Student(3), Student(4) };

        var plan = ReferentProposal.Propose(students, [Teacher(1), Teacher(2)], reassignAll: false);

        Assert.Equal(2, plan.For(2).TeacherId);
        Assert.Equal([2, 2], Loads(plan).Values);
    }

    [Fact]
    public void Students_of_a_class_go_to_its_principal_teacher()
    {
        // Teacher 1 is professeur principal of class 10, teacher 2 of class 20.
        var students = new[] { Student(1, classId: 20), Student(2, classId: 10), Student(3, classId: 20), Student(4, classId: 10) };

        var plan = ReferentProposal.Propose(students, [Teacher(1, principalOf: 10), Teacher(2, principalOf: 20)], reassignAll: false);

        Assert.Equal([1, 1], new[] { 2, 4 }.Select(id => plan.For(id).TeacherId!.Value));
        Assert.Equal([2, 2], new[] { 1, 3 }.Select(id => plan.For(id).TeacherId!.Value));
        Assert.Contains("Professeur principal de la classe", plan.For(2).Reason);
    }

    [Fact]
    public void The_balance_wins_over_the_class_when_they_conflict()
    {
        // Four students of teacher 1's class, two teachers: two of them go to teacher 2.
        var students = Enumerable.Range(1, 4).Select(i => Student(i, classId: 10)).ToList();

        var plan = ReferentProposal.Propose(students, [Teacher(1, principalOf: 10), Teacher(2)], reassignAll: false);

        Assert.Equal([2, 2], Loads(plan).Values);
    }

    [Fact]
    public void Existing_assignments_are_kept_unless_everything_is_reassigned()
    {
        // Student 1 is followed by teacher 2, who is now busy as an examiner.
        var students = new[] { Student(1, current: 2), Student(2), Student(3) };
        ReferentCandidate[] teachers = [Teacher(1), Teacher(2, examiner: true), Teacher(3)];

        var kept = ReferentProposal.Propose(students, teachers, reassignAll: false);
        var reassigned = ReferentProposal.Propose(students, teachers, reassignAll: true);

        Assert.Equal((2, true), (kept.For(1).TeacherId!.Value, kept.For(1).Kept));
        Assert.Equal("Attribution existante conservée", kept.For(1).Reason);
        Assert.False(reassigned.For(1).Kept);
        Assert.NotEqual(2, reassigned.For(1).TeacherId);
        Assert.DoesNotContain(reassigned.Assignments, a => a.TeacherId == 2);
    }

    [Fact]
    public void A_host_group_too_large_for_the_balance_is_split()
    {
        var students = Enumerable.Range(1, 6).Select(i => Student(i, host: 5)).ToList();

        var plan = ReferentProposal.Propose(students, [Teacher(1), Teacher(2)], reassignAll: false);

        Assert.Equal([3, 3], Loads(plan).Values);
        Assert.All(plan.Assignments, a => Assert.Contains("répartis pour équilibrer", a.Reason));
    }

    [Fact]
    public void Each_teacher_load_is_reported_even_when_zero()
    {
        var plan = ReferentProposal.Propose([Student(1)], [Teacher(1), Teacher(2, examiner: true), Teacher(3, available: false)], reassignAll: false);

        Assert.Equal([1, 2, 3], plan.Loads.Select(l => l.StaffId));
        Assert.Equal([1, 0, 0], plan.Loads.Select(l => l.Total));
        Assert.Equal("Convoqué(e) comme examinateur : 1 jour(s)", plan.Loads[1].Note);
        Assert.Equal("Indisponible pendant la période", plan.Loads[2].Note);
    }

    [Fact]
    public void The_proposal_is_deterministic()
    {
        var students = Enumerable.Range(1, 25).Select(i => Student(i, classId: i % 3, host: 100 + i % 7)).ToList();
        ReferentCandidate[] teachers = [Teacher(1, principalOf: 0), Teacher(2, principalOf: 1), Teacher(3), Teacher(4)];

        var first = ReferentProposal.Propose(students, teachers, reassignAll: false);
        var second = ReferentProposal.Propose(students, teachers, reassignAll: false);

        Assert.Equal(first.Assignments, second.Assignments);
        var loads = Loads(first).Values.ToList();
        Assert.True(loads.Max() - loads.Min() <= 1, string.Join(", ", loads));
    }

    [Fact]
    public void A_convocation_outside_the_students_convention_does_not_count()
    {
        // Teacher 2 is convoked in week 2 only; the students are all in week 1: the balance is kept.
        var students = Enumerable.Range(1, 4).Select(i => Student(i)).ToList();

        var plan = ReferentProposal.Propose(students, [Teacher(1), ConvokedOn(2, new DateOnly(2027, 6, 23))], reassignAll: false);

        Assert.Equal([2, 2], Loads(plan).Values);
        Assert.False(plan.ExaminersOnly);
    }

    [Fact]
    public void A_teacher_convoked_during_a_convention_gets_the_students_of_the_other_week()
    {
        // Teacher 1 is convoked on Tuesday of week 1: the week-1 students go to teacher 2, the week-2 ones to teacher 1.
        var students = new[] { Student(1), Student(2), Student(3, week: 2), Student(4, week: 2) };

        var plan = ReferentProposal.Propose(students, [ConvokedOn(1, new DateOnly(2027, 6, 15)), Teacher(2)], reassignAll: false);

        Assert.Equal((2, 2), (plan.For(1).TeacherId!.Value, plan.For(2).TeacherId!.Value));
        Assert.Equal((1, 1), (plan.For(3).TeacherId!.Value, plan.For(4).TeacherId!.Value));
    }

    [Fact]
    public void A_free_teacher_takes_one_more_student_rather_than_a_convoked_one()
    {
        // Both students are in week 1 and teacher 1 is convoked then: teacher 2 takes both, beyond the balance of one each.
        var students = new[] { Student(1), Student(2) };

        var plan = ReferentProposal.Propose(students, [ConvokedOn(1, new DateOnly(2027, 6, 17)), Teacher(2)], reassignAll: false);

        Assert.All(plan.Assignments, a => Assert.Equal(2, a.TeacherId));
        Assert.False(plan.ExaminersOnly);
    }

    [Fact]
    public void When_every_teacher_is_convoked_during_the_convention_the_reason_says_so()
    {
        var plan = ReferentProposal.Propose([Student(1)], [ConvokedOn(1, new DateOnly(2027, 6, 14)), ConvokedOn(2, new DateOnly(2027, 6, 18))], reassignAll: false);

        Assert.NotNull(plan.For(1).TeacherId);
        Assert.Contains("Convoqué(e) comme examinateur pendant la convention", plan.For(1).Reason);
        Assert.True(plan.ExaminersOnly);
    }
}
