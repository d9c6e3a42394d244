using System.Globalization;
using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

/// <summary>Small, valid test data for the domain: each test changes only what it is about.</summary>
internal static class Some
{
    public const int SchoolId = 1;
    public static readonly Actor Secretary = new("secretariat@lycee.fr", 31);
    public static readonly Actor Head = new("proviseure@lycee.fr", 32);
    public static readonly DateTimeOffset Now = new(2027, 5, 3, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2027, 5, 3);

    /// <summary>2026–2027: the period runs from Monday 14 to Friday 25 June 2027.</summary>
    public static SchoolYear Year()
    {
        var year = SchoolYear.Create(SchoolId, 2026);
        year.Id = 7;
        return year;
    }

    public static readonly DateOnly FirstDay = new(2027, 6, 14);
    public static readonly DateOnly LastDay = new(2027, 6, 25);

    public static Student Student(DateOnly? birthDate = null, int id = 11) =>
        new(schoolClassId: 3, ine: null, "Martin", "Léa", birthDate ?? new DateOnly(2011, 9, 2)) { Id = id, SchoolId = SchoolId };

    /// <summary>A student who left the lycée in May, before the observation period.</summary>
    public static Student StudentWhoLeft(int id)
    {
        var student = new Student(schoolClassId: 3, ine: null, "Petit", "Noé", new DateOnly(2011, 3, 14)) { Id = id, SchoolId = SchoolId };
        student.Leave(new DateOnly(2027, 5, 10));
        return student;
    }

    /// <summary>A student of <paramref name="age"/> on <see cref="FirstDay"/> (birthday two months before).</summary>
    public static Student StudentAged(int age) => Student(FirstDay.AddMonths(-2).AddYears(-age));

    public static HostOrganisation Host(int id = 21, string name = "Boulangerie du Marché") =>
        new(new HostDetails(name, HostKind.Company, "73282932000074", "3 place du Marché", "94200", "Ivry-sur-Seine", "Paul Durand", "Gérant",
            Email: null, Phone: null, Insurer: null, InsurancePolicyNumber: null)) { Id = id, SchoolId = SchoolId };

    public static Tutor TutorOf(HostOrganisation host, int id = 0) =>
        new(host.Id, "Morel", "Hugo", "Boulanger", email: null, phone: null) { Id = id == 0 ? host.Id * 10 : id, SchoolId = SchoolId };

    public static TimeOnly T(string time) => TimeOnly.Parse(time, CultureInfo.InvariantCulture);

    public static DaySchedule Day(DayOfWeek day, string start, string end, string? lunchStart = null, string? lunchEnd = null) =>
        lunchStart is null || lunchEnd is null ? new(day, T(start), T(end)) : new(day, T(start), T(end), Break(lunchStart, lunchEnd));

    /// <summary>A day with several breaks: <c>Day(Monday, "08:00", "17:00", ("12:00", "13:00"), ("15:30", "15:45"))</c>.</summary>
    public static DaySchedule Day(DayOfWeek day, string start, string end, params (string Start, string End)[] breaks) =>
        new(day, T(start), T(end), breaks.Select(b => Break(b.Start, b.End)));

    public static DayBreak Break(string start, string end) => new(T(start), T(end));

    /// <summary>Monday to Friday, 9 h – 16 h with lunch 12 h – 13 h: 6 h a day, 30 h a week.</summary>
    public static IReadOnlyList<DaySchedule> LawfulWeek() =>
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => Day(d, "09:00", "16:00", "12:00", "13:00"))];

    public const int ReferentId = 41;

    /// <summary>The referent teacher of <see cref="Terms"/>: reachable by phone, as validation requires.</summary>
    public static StaffMember Referent(string? phone = "0612345678") =>
        new("Lambert", "Sophie", "Professeure de SVT", "sophie.lambert@lycee.fr", phone) { Id = ReferentId, SchoolId = SchoolId };

    public static AgreementTerms Terms(PeriodOption period = PeriodOption.BothWeeks, IReadOnlyList<DaySchedule>? schedule = null) => new()
    {
        Period = period,
        ReferentTeacherId = ReferentId,
        Schedule = schedule ?? LawfulWeek(),
        PlannedActivities = "Observer la fabrication du pain, la vente et la gestion des stocks.",
        EvaluationModality = "Carnet de bord, repris en classe pour une mise en commun collective.",
    };

    /// <summary>The facts of <paramref name="agreement"/>, with <see cref="Referent"/> when it is the convention's referent.</summary>
    public static AgreementFacts FactsFor(Agreement agreement, Student student, params AgreementSlot[] others) =>
        new(Year(), student, [agreement.Slot, .. others], agreement.ReferentTeacherId == ReferentId ? Referent() : null);
}
