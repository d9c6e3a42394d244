using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.UnitTests.Domain.Programme;

/// <summary>Examples of the generator on a small week: what it explains when it cannot, and how it treats locked slots.</summary>
public class TimetableGeneratorTests
{
    private static readonly DateOnly Monday = new(2027, 6, 14);
    private static readonly IReadOnlyList<HalfDay> Week = HalfDay.Weekdays(Monday, Monday.AddDays(4));
    private static readonly HashSet<HalfDay> AllWeek = [.. Week];

    private static readonly TimetableActivity Inquiry = new(1, "Enquête métier", ProgrammeTheme.JobInquiry, 1, RoomKind.Classroom, 35, SupervisorKind.Any, false);
    private static readonly TimetableActivity Onisep = new(2, "Ressources ONISEP", ProgrammeTheme.DiscoverSectors, 1, RoomKind.Cdi, 30, SupervisorKind.Any, false);
    private static readonly TimetableActivity Meeting = new(3, "Rencontre d'un professionnel", ProgrammeTheme.MeetProfessionals, 1, RoomKind.Hall, 60, SupervisorKind.Any, false);
    private static readonly TimetableActivity Self = new(4, "Se connaître", ProgrammeTheme.KnowOneself, 1, RoomKind.Classroom, 30, SupervisorKind.PsyEn, false);
    private static readonly TimetableActivity Visit = new(5, "Visite d'entreprise", ProgrammeTheme.DiscoverSectors, 1, RoomKind.Outside, 30, SupervisorKind.Teacher, true);
    private static readonly TimetableActivity Immersion = new(6, "Journée d'immersion", ProgrammeTheme.JobInquiry, 2, RoomKind.Outside, 30, SupervisorKind.Aed, true);

    private static TimetableProblem Lycee(int groups = 2, int groupSize = 24)
    {
        var teams = Enumerable.Range(1, groups).Select(i => new TimetableGroup(i, $"Groupe {i}", groupSize, AllWeek)).ToList();
        var rooms = new List<TimetableRoom> { new(50, "CDI", RoomKind.Cdi, 40), new(51, "Salle polyvalente", RoomKind.Hall, 100) };
        rooms.AddRange(Enumerable.Range(1, groups).Select(i => new TimetableRoom(60 + i, $"Salle {i}", RoomKind.Classroom, 30)));
        var supervisors = new List<TimetableSupervisor> { new(90, "Mme Psy", SupervisorKind.PsyEn, AllWeek), new(91, "M. Aed", SupervisorKind.Aed, AllWeek) };
        supervisors.AddRange(Enumerable.Range(1, groups + 1).Select(i => new TimetableSupervisor(100 + i, $"Enseignant {i}", SupervisorKind.Teacher, AllWeek)));
        return new TimetableProblem(Week, teams, [Inquiry, Onisep, Meeting, Self, Visit], rooms, supervisors, []);
    }

    [Fact]
    public void A_small_lycee_gets_a_timetable_without_conflict()
    {
        var problem = Lycee(groups: 3);
        var outcome = TimetableGenerator.Generate(problem);

        Assert.True(outcome.IsFeasible, string.Join(" | ", outcome.Problems));
        Assert.Equal(30, outcome.Slots.Count);
        Assert.Empty(TimetableConflicts.Find(problem, outcome.Slots));
        TimetableRules.AssertKept(problem, outcome.Slots);
    }

    [Fact]
    public void Too_few_supervisors_one_afternoon_is_said_with_the_half_day_and_the_counts()
    {
        var problem = Lycee(groups: 6);
        var tuesday = HalfDay.AfternoonOf(Monday.AddDays(1));
        var supervisors = problem.Supervisors.Select((s, i) => i < 4 ? s : s with { Available = AllWeek.Where(h => h != tuesday).ToHashSet() }).ToList();

        var outcome = TimetableGenerator.Generate(problem with { Supervisors = supervisors });

        Assert.Empty(outcome.Slots);
        Assert.Contains("mardi 15 juin après-midi : 6 groupes, 4 surveillants disponibles.", outcome.Problems);
    }

    [Fact]
    public void No_room_of_the_kind_large_enough_is_said()
    {
        var problem = Lycee(groups: 1, groupSize: 28);
        var rooms = problem.Rooms.Select(r => r.Kind == RoomKind.Cdi ? r with { Capacity = 20 } : r).ToList();
        var outcome = TimetableGenerator.Generate(problem with { Rooms = rooms, Activities = [Inquiry, Onisep, Meeting, Self with { MaxGroupSize = 30 }] });

        Assert.Empty(outcome.Slots);
        Assert.Contains("Aucune salle de type CDI ne peut accueillir le groupe Groupe 1 (28 élèves) pour le thème « Découvrir les secteurs et les métiers ».", outcome.Problems);
    }

    [Fact]
    public void No_activity_of_a_theme_for_the_group_size_is_said()
    {
        var outcome = TimetableGenerator.Generate(Lycee(groups: 1, groupSize: 32));

        Assert.Empty(outcome.Slots);
        Assert.Contains("Groupe 1 : aucune activité du thème « Se connaître » n'accepte un groupe de 32 élèves.", outcome.Problems);
    }

    [Fact]
    public void Too_few_rooms_one_morning_is_said()
    {
        var problem = Lycee(groups: 3);
        // Only classrooms and nothing else: three groups, two classrooms.
        var outcome = TimetableGenerator.Generate(problem with
        {
            Activities = [Inquiry, Onisep with { RoomKind = RoomKind.Classroom }, Meeting with { RoomKind = RoomKind.Classroom }, Self],
            Rooms = problem.Rooms.Where(r => r.Kind == RoomKind.Classroom).Take(2).ToList(),
        });

        Assert.Empty(outcome.Slots);
        Assert.Contains("lundi 14 juin matin : 3 groupes ont besoin d'une salle, 2 salles adaptées.", outcome.Problems);
    }

    [Fact]
    public void A_missing_kind_of_supervisor_is_said()
    {
        var problem = Lycee(groups: 1);
        var outcome = TimetableGenerator.Generate(problem with { Supervisors = problem.Supervisors.Where(s => s.Kind != SupervisorKind.PsyEn).ToList() });

        Assert.Empty(outcome.Slots);
        Assert.Contains("Aucun encadrant de type PsyEN pour le thème « Se connaître ».", outcome.Problems);
    }

    [Fact]
    public void A_one_day_presence_cannot_hold_every_theme()
    {
        var problem = Lycee(groups: 1);
        var monday = new HashSet<HalfDay> { Week[0], Week[1] };
        var outcome = TimetableGenerator.Generate(problem with { Groups = [problem.Groups[0] with { Present = monday }] });

        Assert.Empty(outcome.Slots);
        Assert.Contains("Groupe 1 : 2 demi-journées de présence ne suffisent pas pour une enquête métier par jour et les 3 autres thèmes.", outcome.Problems);
    }

    [Fact]
    public void Only_one_psyen_half_day_for_three_groups_that_need_one_is_said_for_the_theme()
    {
        // One PsyEN, free only on Monday morning, for three groups that all need « Se connaître ».
        var problem = Lycee(groups: 3);
        var supervisors = problem.Supervisors.Select(s => s.Kind == SupervisorKind.PsyEn ? s with { Available = new HashSet<HalfDay> { Week[0] } } : s).ToList();

        var outcome = TimetableGenerator.Generate(problem with { Supervisors = supervisors });

        Assert.Empty(outcome.Slots);
        Assert.Contains("Le thème « Se connaître » ne peut être rencontré que par 1 groupe(s) sur 3 : pas assez d'encadrants de type PsyEN ou de salles de type salle de classe libres sur la période pour ses activités.", outcome.Problems);
    }

    [Fact]
    public void When_the_counts_pass_but_the_search_cannot_the_day_the_group_and_its_missing_theme_are_named()
    {
        // Two PsyEN, both free only on Monday morning, for two groups: the counts pass (two groups, two PsyEN). But then
        // both groups spend Monday morning with them, and both need their enquête métier on Monday afternoon, with the
        // only professeur documentaliste.
        var problem = Lycee(groups: 2);
        var supervisors = problem.Supervisors.Where(s => s.Kind != SupervisorKind.PsyEn).Concat(
        [
            new TimetableSupervisor(95, "Mme Psy", SupervisorKind.PsyEn, new HashSet<HalfDay> { Week[0] }),
            new TimetableSupervisor(96, "M. Psy", SupervisorKind.PsyEn, new HashSet<HalfDay> { Week[0] }),
            new TimetableSupervisor(97, "Mme Doc", SupervisorKind.Librarian, AllWeek),
        ]).ToList();

        var outcome = TimetableGenerator.Generate(problem with { Supervisors = supervisors, Activities = [Inquiry with { SupervisorKind = SupervisorKind.Librarian }, Onisep, Meeting, Self, Visit] });

        Assert.Empty(outcome.Slots);
        var problemText = Assert.Single(outcome.Problems);
        Assert.StartsWith("vendredi 18 juin : aucun emploi du temps sans conflit trouvé pour Groupe", problemText, StringComparison.Ordinal);
        Assert.Matches("C.était le dernier jour pour un thème qui manque encore \\(Groupe [12] : « Se connaître »\\)", problemText);
    }

    [Fact]
    public void A_locked_half_of_a_whole_day_brings_the_other_half()
    {
        var problem = Lycee(groups: 2) with { Activities = [Inquiry, Onisep, Meeting, Self, Visit, Immersion] };
        var locked = new TimetableSlot(2, Week[4], Immersion.Id, null, 91); // Wednesday morning
        var outcome = TimetableGenerator.Generate(problem with { Locked = [locked] });

        Assert.True(outcome.IsFeasible, string.Join(" | ", outcome.Problems));
        Assert.Contains(locked, outcome.Slots);
        Assert.Contains(locked with { HalfDay = Week[5] }, outcome.Slots);
    }

    [Fact]
    public void A_theme_met_only_on_a_whole_day_outing_gets_a_timetable_that_uses_it()
    {
        // The académie's « Visite d'entreprise »: a whole day out, the only activity of « Rencontrer des professionnels ».
        var companyVisit = new TimetableActivity(7, "Visite d'entreprise", ProgrammeTheme.MeetProfessionals, 2, RoomKind.Outside, 30, SupervisorKind.Teacher, true);
        var problem = Lycee(groups: 3) with { Activities = [Inquiry, Onisep, Self, companyVisit] };

        var outcome = TimetableGenerator.Generate(problem);

        Assert.True(outcome.IsFeasible, string.Join(" | ", outcome.Problems));
        Assert.Empty(TimetableConflicts.Find(problem, outcome.Slots));
        TimetableRules.AssertKept(problem, outcome.Slots);
        foreach (var group in problem.Groups)
        {
            var visits = outcome.Slots.Where(s => s.GroupId == group.Id && s.ActivityId == companyVisit.Id).ToList();
            Assert.NotEmpty(visits);
            // The visit fills the whole day: no enquête métier that day, and the rules still hold.
            foreach (var day in visits.Select(s => s.HalfDay.Date).Distinct())
                Assert.Equal(2, visits.Count(s => s.HalfDay.Date == day));
        }
    }

    [Fact]
    public void A_locked_slot_that_breaks_a_rule_gives_no_timetable()
    {
        var problem = Lycee(groups: 2);
        var tooSmall = new TimetableSlot(1, Week[0], Inquiry.Id, 61, 101) with { RoomId = 50 }; // the CDI for a classroom activity
        var outcome = TimetableGenerator.Generate(problem with { Locked = [tooSmall] });

        Assert.Empty(outcome.Slots);
        Assert.Contains("Créneaux verrouillés : Enquête métier demande une salle de type salle de classe : CDI est de type CDI (lundi 14 juin matin, Groupe 1).", outcome.Problems);
    }

    [Fact]
    public void Supervisors_share_the_work()
    {
        var problem = Lycee(groups: 2);
        var outcome = TimetableGenerator.Generate(problem);

        var teachers = outcome.Slots.Where(s => s.SupervisorId > 100).GroupBy(s => s.SupervisorId).Select(g => g.Count()).ToList();
        Assert.Equal(3, teachers.Count);
        Assert.True(teachers.Max() - teachers.Min() <= 2, string.Join(", ", teachers));
    }
}
