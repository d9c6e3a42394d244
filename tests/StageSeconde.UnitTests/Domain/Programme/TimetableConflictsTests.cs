using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.UnitTests.Domain.Programme;

/// <summary>A small lycée for example tests: one day (Tuesday 15 June 2027), two groups, a few rooms and supervisors.</summary>
internal static class SmallLycee
{
    public static readonly DateOnly Tuesday = new(2027, 6, 15);
    public static readonly HalfDay Morning = HalfDay.Morning(Tuesday);
    public static readonly HalfDay Afternoon = HalfDay.AfternoonOf(Tuesday);
    public static readonly HashSet<HalfDay> Day = [Morning, Afternoon];

    public static readonly TimetableGroup GroupA = new(1, "2nde 3 – A", 28, Day);
    public static readonly TimetableGroup GroupB = new(2, "2nde 3 – B", 12, Day);

    public static readonly TimetableActivity Inquiry = new(10, "Enquête métier", ProgrammeTheme.JobInquiry, 1, RoomKind.Classroom, 35, SupervisorKind.Any, false);
    public static readonly TimetableActivity Onisep = new(11, "Ressources ONISEP", ProgrammeTheme.DiscoverSectors, 1, RoomKind.Cdi, 30, SupervisorKind.Librarian, false);
    public static readonly TimetableActivity Visit = new(12, "Visite d'entreprise", ProgrammeTheme.MeetProfessionals, 1, RoomKind.Outside, 30, SupervisorKind.Teacher, true);
    public static readonly TimetableActivity Self = new(13, "Se connaître", ProgrammeTheme.KnowOneself, 1, RoomKind.Classroom, 20, SupervisorKind.PsyEn, false);
    public static readonly TimetableActivity Immersion = new(14, "Journée d'immersion", ProgrammeTheme.JobInquiry, 2, RoomKind.Hall, 60, SupervisorKind.Any, false);

    public static readonly TimetableRoom Room101 = new(100, "Salle 101", RoomKind.Classroom, 30);
    public static readonly TimetableRoom Room102 = new(101, "Salle 102", RoomKind.Classroom, 15);
    public static readonly TimetableRoom Cdi = new(102, "CDI", RoomKind.Cdi, 40);
    public static readonly TimetableRoom Hall = new(103, "Salle polyvalente", RoomKind.Hall, 80);

    public static readonly TimetableSupervisor Martin = new(200, "M. Martin", SupervisorKind.Teacher, Day);
    public static readonly TimetableSupervisor Durand = new(201, "Mme Durand", SupervisorKind.Librarian, Day);
    public static readonly TimetableSupervisor Petit = new(202, "Mme Petit", SupervisorKind.PsyEn, new HashSet<HalfDay> { Morning });

    public static TimetableProblem Problem(params TimetableSlot[] locked) => new(
        [Morning, Afternoon], [GroupA, GroupB], [Inquiry, Onisep, Visit, Self, Immersion],
        [Room101, Room102, Cdi, Hall], [Martin, Durand, Petit], locked);
}

public class TimetableConflictsTests
{
    private static readonly HalfDay Morning = SmallLycee.Morning;
    private static readonly HalfDay Afternoon = SmallLycee.Afternoon;

    private static IReadOnlyList<string> Messages(params TimetableSlot[] slots) =>
        TimetableConflicts.Find(SmallLycee.Problem(), slots).Select(c => c.Message).ToList();

    [Fact]
    public void A_half_day_reads_the_french_way()
    {
        Assert.Equal("mardi 15 juin matin", Morning.Label);
        Assert.Equal("mardi 15 juin après-midi", Afternoon.Label);
        Assert.True(Morning < Afternoon);
        Assert.Equal(20, HalfDay.Weekdays(new DateOnly(2027, 6, 14), new DateOnly(2027, 6, 26)).Count);
    }

    [Fact]
    public void A_group_booked_twice_on_a_half_day()
    {
        var one = new TimetableSlot(2, Morning, 10, 101, 200);
        var two = new TimetableSlot(2, Morning, 11, 102, 201);
        var conflict = TimetableConflicts.Find(SmallLycee.Problem(), [one, two]).Single(c => c.Message.Contains("activités", StringComparison.Ordinal));
        Assert.Equal("2nde 3 – B a 2 activités le mardi 15 juin matin.", conflict.Message);
        Assert.Equal([one, two], conflict.Slots);
    }

    [Fact]
    public void A_room_booked_twice_on_a_half_day()
    {
        Assert.Contains("Salle 101 est réservée 2 fois le mardi 15 juin matin.",
            Messages(new TimetableSlot(1, Morning, 10, 100, 200), new TimetableSlot(2, Morning, 10, 100, 201)));
    }

    [Fact]
    public void A_supervisor_booked_twice_on_a_half_day()
    {
        Assert.Contains("M. Martin encadre 2 groupes le mardi 15 juin matin.",
            Messages(new TimetableSlot(1, Morning, 10, 100, 200), new TimetableSlot(2, Morning, 10, 101, 200)));
    }

    [Fact]
    public void A_room_of_the_wrong_kind()
    {
        Assert.Contains("Ressources ONISEP demande une salle de type CDI : Salle 101 est de type salle de classe (mardi 15 juin matin, 2nde 3 – B).",
            Messages(new TimetableSlot(2, Morning, 11, 100, 201)));
    }

    [Fact]
    public void A_room_too_small_for_the_group()
    {
        Assert.Contains("Salle 102 (15 places) est trop petite pour 2nde 3 – A (28 élèves), mardi 15 juin matin.",
            Messages(new TimetableSlot(1, Morning, 10, 101, 200)));
    }

    [Fact]
    public void A_group_larger_than_the_activity_allows()
    {
        Assert.Contains("Se connaître accueille au plus 20 élèves : 2nde 3 – A en compte 28 (mardi 15 juin matin).",
            Messages(new TimetableSlot(1, Morning, 13, 100, 202)));
    }

    [Fact]
    public void An_outing_with_a_room_and_an_activity_without_its_room()
    {
        var messages = Messages(new TimetableSlot(2, Morning, 12, 100, 200), new TimetableSlot(1, Afternoon, 10, null, 201));
        Assert.Contains("Visite d'entreprise a lieu hors du lycée : aucune salle ne doit être réservée (Salle 101, mardi 15 juin matin, 2nde 3 – B).", messages);
        Assert.Contains("Enquête métier demande une salle de type salle de classe : aucune n'est réservée (mardi 15 juin après-midi, 2nde 3 – A).", messages);
    }

    [Fact]
    public void An_activity_without_a_room_must_be_an_outing()
    {
        var problem = SmallLycee.Problem() with { Activities = [SmallLycee.Visit with { IsOuting = false }] };
        var messages = TimetableConflicts.Find(problem, [new TimetableSlot(2, Morning, 12, null, 200)]).Select(c => c.Message);
        Assert.Contains("Visite d'entreprise n'a pas de salle : ce doit être une sortie (mardi 15 juin matin, 2nde 3 – B).", messages);
    }

    [Fact]
    public void A_supervisor_not_available_or_of_the_wrong_kind()
    {
        var messages = Messages(new TimetableSlot(2, Afternoon, 13, 101, 202), new TimetableSlot(1, Morning, 11, 102, 200));
        Assert.Contains("Mme Petit n'est pas disponible le mardi 15 juin après-midi (2nde 3 – B).", messages);
        Assert.Contains("Ressources ONISEP demande un encadrant de type professeur documentaliste : M. Martin est enseignant (mardi 15 juin matin, 2nde 3 – A).", messages);
    }

    [Fact]
    public void A_whole_day_activity_needs_both_halves_with_the_same_room_and_supervisor()
    {
        var alone = Messages(new TimetableSlot(1, Morning, 14, 103, 200));
        Assert.Contains("Journée d'immersion dure une journée : 2nde 3 – A doit l'avoir le matin et l'après-midi du mardi 15 juin, dans la même salle et avec le même encadrant.", alone);

        var otherSupervisor = Messages(new TimetableSlot(1, Morning, 14, 103, 200), new TimetableSlot(1, Afternoon, 14, 103, 201));
        Assert.Single(otherSupervisor, m => m.Contains("dure une journée", StringComparison.Ordinal));

        var whole = Messages(new TimetableSlot(1, Morning, 14, 103, 200), new TimetableSlot(1, Afternoon, 14, 103, 200));
        Assert.DoesNotContain(whole, m => m.Contains("dure une journée", StringComparison.Ordinal));
    }

    [Fact]
    public void A_slot_outside_the_group_presence_or_the_period()
    {
        var problem = SmallLycee.Problem() with { Groups = [SmallLycee.GroupA, SmallLycee.GroupB with { Present = new HashSet<HalfDay> { Morning } }] };
        var saturday = HalfDay.Morning(new DateOnly(2027, 6, 19));
        var messages = TimetableConflicts.Find(problem, [new TimetableSlot(2, Afternoon, 10, 100, 200), new TimetableSlot(1, saturday, 10, 100, 200)])
            .Select(c => c.Message).ToList();
        Assert.Contains("2nde 3 – B n'est pas au programme le mardi 15 juin après-midi.", messages);
        Assert.Contains("samedi 19 juin matin n'est pas une demi-journée du programme (2nde 3 – A).", messages);
    }

    [Fact]
    public void A_missing_slot_a_missing_theme_and_a_day_without_enquete_metier()
    {
        var messages = Messages(new TimetableSlot(2, Morning, 11, 102, 201), new TimetableSlot(2, Afternoon, 12, null, 200));
        Assert.Contains("2nde 3 – A n'a pas d'activité le mardi 15 juin matin.", messages);
        Assert.Contains("2nde 3 – A n'a pas d'activité le mardi 15 juin après-midi.", messages);
        Assert.Contains("2nde 3 – B ne rencontre jamais le thème « Se connaître ».", messages);
        Assert.Contains("2nde 3 – B n'a ni enquête métier ni sortie d'une journée le mardi 15 juin.", messages);
    }

    [Fact]
    public void A_whole_day_outing_keeps_the_enquete_metier_rhythm_but_a_whole_day_in_a_room_of_another_theme_does_not()
    {
        var outing = new TimetableActivity(15, "Visite d'entreprise (journée)", ProgrammeTheme.MeetProfessionals, 2, RoomKind.Outside, 30, SupervisorKind.Teacher, true);
        var forum = new TimetableActivity(16, "Forum des métiers (journée)", ProgrammeTheme.MeetProfessionals, 2, RoomKind.Hall, 60, SupervisorKind.Teacher, false);
        var problem = SmallLycee.Problem() with { Activities = [.. SmallLycee.Problem().Activities, outing, forum] };
        string Rhythm(TimetableActivity activity, int? room) => string.Join(" | ", TimetableConflicts.Find(problem,
                [new TimetableSlot(2, Morning, activity.Id, room, 200), new TimetableSlot(2, Afternoon, activity.Id, room, 200)])
            .Select(c => c.Message).Where(m => m.StartsWith("2nde 3 – B n'a ni", StringComparison.Ordinal)));

        Assert.Equal("", Rhythm(outing, null));
        Assert.Equal("2nde 3 – B n'a ni enquête métier ni sortie d'une journée le mardi 15 juin.", Rhythm(forum, 103));
    }

    [Fact]
    public void Unknown_references_are_reported()
    {
        var messages = Messages(new TimetableSlot(9, Morning, 10, 100, 200), new TimetableSlot(1, Morning, 99, 100, 200),
            new TimetableSlot(1, Afternoon, 10, 999, 200), new TimetableSlot(2, Afternoon, 10, 100, 999));
        Assert.Contains("mardi 15 juin matin : le groupe n° 9 n'existe pas.", messages);
        Assert.Contains("mardi 15 juin matin, 2nde 3 – A : l'activité n° 99 n'existe pas.", messages);
        Assert.Contains("mardi 15 juin après-midi, 2nde 3 – A : la salle n° 999 n'existe pas.", messages);
        Assert.Contains("mardi 15 juin après-midi, 2nde 3 – B : l'encadrant n° 999 n'existe pas.", messages);
    }

    [Fact]
    public void A_timetable_keeping_every_rule_has_no_conflict()
    {
        // One day only, so the four themes cannot all fit: only the theme messages remain.
        var slots = new[]
        {
            new TimetableSlot(1, Morning, 10, 100, 200), new TimetableSlot(1, Afternoon, 11, 102, 201),
            new TimetableSlot(2, Morning, 13, 101, 202), new TimetableSlot(2, Afternoon, 10, 100, 200),
        };
        var messages = Messages(slots);
        Assert.All(messages, m => Assert.Contains("ne rencontre jamais le thème", m, StringComparison.Ordinal));
    }
}
