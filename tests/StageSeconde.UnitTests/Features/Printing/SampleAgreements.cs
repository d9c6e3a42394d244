using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Printing;

namespace StageSeconde.UnitTests.Features.Printing;

/// <summary>Conventions to print, built in memory: every field filled with a value a test can look for.</summary>
internal static class SampleAgreements
{
    public const string SchoolName = "Lycée Édouard-Branly – Créteil";
    public const string Uai = "0940117S";
    public const string Siret = "81234567800019";
    public static readonly DateOnly GeneratedOn = new(2027, 5, 18);

    /// <summary>
    /// A different timetable each day: Monday 8 h – 16 h (lunch 12 h – 13 h), Tuesday 8 h 30 – 16 h 30 (12 h 15 – 13 h 15),
    /// Wednesday 9 h – 12 h 30 (no lunch), Thursday 7 h 45 – 15 h 15 (11 h 45 – 12 h 30), Friday 10 h – 17 h (13 h – 14 h),
    /// Saturday off.
    /// </summary>
    public static IReadOnlyList<DaySchedule> VariedWeek() =>
    [
        new(DayOfWeek.Monday, new(8, 0), new(16, 0), new DayBreak(new(12, 0), new(13, 0)), new DayBreak(new(14, 30), new(14, 45))),
        new(DayOfWeek.Tuesday, new(8, 30), new(16, 30), new DayBreak(new(12, 15), new(13, 15))),
        new(DayOfWeek.Wednesday, new(9, 0), new(12, 30)),
        new(DayOfWeek.Thursday, new(7, 45), new(15, 15), new DayBreak(new(11, 45), new(12, 30))),
        new(DayOfWeek.Friday, new(10, 0), new(17, 0), new DayBreak(new(13, 0), new(14, 0))),
        DaySchedule.Off(DayOfWeek.Saturday),
    ];

    /// <summary>Six days of presence, Saturday included.</summary>
    public static IReadOnlyList<DaySchedule> FullWeek() =>
        [.. StageSeconde.Web.Domain.Agreement.ScheduleDays.Select(day => new DaySchedule(day, new(8, 30), new(14, 30), new DayBreak(new(12, 0), new(12, 45))))];

    /// <summary>Exactly 1 500 characters (the maximum), ending with the word « FINACTIVITES ».</summary>
    public static readonly string LongActivities = Activities(StageSeconde.Web.Domain.Agreement.PlannedActivitiesMaxLength);

    public static string Activities(int length)
    {
        const string sentence = "Observation de l’accueil des usagers, échanges avec l’équipe et découverte des métiers du service ; ";
        const string end = " FINACTIVITES";
        return string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..(length - end.Length)] + end;
    }

    public static AgreementPrintModel Agreement(int id = 42, AgreementState state = AgreementState.Validated) => new()
    {
        Id = id,
        State = state,
        SchoolYearStart = 2026,
        School = new PrintedSchool(SchoolName, Uai, new PrintedAddress("2, rue Jules-Ferry", "94000", "Créteil"), "0143771010",
            "ce.0940117s@ac-creteil.fr", "Mme Françoise Lebœuf", "proviseure.branly@ac-creteil.fr", "0143771011"),
        Host = new PrintedHost("Pâtisserie « L’Éclair d’Orsay »", HostKind.Company, Siret, new PrintedAddress("18, quai d’Orsay", "75007", "Paris"),
            "contact@eclair-orsay.fr", "0145550102", "MAAF Assurances", "PRO-778899"),
        RepresentativeName = "Joël Méndez",
        RepresentativeFunction = "Gérant",
        Student = new PrintedStudent("Dupré", "Léa", new DateOnly(2011, 3, 14), "2NDE4", new PrintedAddress("7, allée des Châtaigniers", "94000", "Créteil")),
        Guardians =
        [
            new PrintedGuardian(501, "Dupré", "Noëlle", GuardianRelationship.Mother, true, "noelle.dupre@example.fr", "0622334455", "0143112233"),
            new PrintedGuardian(502, "Dupré", "Loïc", GuardianRelationship.Father, true, "loic.dupre@example.fr", "0677889900", null),
        ],
        Tutor = new PrintedContact("Anaïs", "Bérénger", "Cheffe pâtissière", "anais.berenger@eclair-orsay.fr", "0611223344"),
        ReferentTeacher = new PrintedContact("Jérôme", "Caër", "Professeur d’histoire-géographie", "jerome.caer@ac-creteil.fr", "0655443322"),
        Period = PeriodOption.BothWeeks,
        FirstDay = new DateOnly(2027, 6, 14),
        LastDay = new DateOnly(2027, 6, 25),
        Place = new PrintedAddress("20, quai d’Orsay – atelier", "75007", "Paris"),
        Schedule = VariedWeek(),
        PlannedActivities = "Découverte du laboratoire de pâtisserie ; observation de la vente et de l’accueil de la clientèle ; entretien avec la cheffe.",
        TargetSkills = TargetSkills.Observer | TargetSkills.Comprendre,
        EvaluationModality = "Carnet de bord tenu pendant la séquence, repris en classe pour une mise en commun collective.",
        HasPai = true,
        EmergencyKitSuppliedBy = "La famille (trousse remise au tuteur le premier jour)",
        Remarks = "Se présenter le premier jour à 8 h à l’entrée du personnel.",
        Signatures = [],
    };
}
