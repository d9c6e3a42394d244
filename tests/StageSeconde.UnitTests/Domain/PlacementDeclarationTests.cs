using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

/// <summary>What a declaration must say, and what it may not contradict.</summary>
public sealed class PlacementDeclarationTests
{
    private static readonly ObservationWeeks Period = ObservationWeeks.From(new DateOnly(2027, 6, 14));
    private static readonly Actor Pp = new("pp@test.fr", 12);
    private static readonly DeclarationContext Context = new(Period, [], ByDirection: false);

    private static Student Pupil(bool sthr = false) => new(0, null, "Nguyen", "Linh", default, sthr) { Id = 3, SchoolId = 1 };

    private static DomainException Refused(DeclarationRequest request, DeclarationContext? context = null, bool sthr = false) =>
        Assert.Throws<DomainException>(() => PlacementDeclaration.Declare(Pupil(sthr), request, Pp, DateTimeOffset.UtcNow, context ?? Context));

    private static PlacementDeclaration Accepted(DeclarationRequest request, DeclarationContext? context = null, bool sthr = false) =>
        PlacementDeclaration.Declare(Pupil(sthr), request, Pp, DateTimeOffset.UtcNow, context ?? Context);

    [Fact]
    public void A_search_declaration_needs_a_note()
    {
        var error = Refused(new(DeclarationKind.Searching, "  "));
        Assert.Equal(("Indiquez où en est la recherche de l'élève (une note datée).", "Note"), (error.Message, error.Field));
    }

    [Fact]
    public void An_snu_needs_its_kind_and_dates_in_order()
    {
        Assert.Equal("SnuKind", Refused(new(DeclarationKind.Snu, StartsOn: new(2027, 6, 14), EndsOn: new(2027, 6, 25))).Field);
        Assert.Equal("StartsOn", Refused(new(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay, EndsOn: new(2027, 6, 25))).Field);
        Assert.Equal("EndsOn", Refused(new(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay, StartsOn: new(2027, 6, 14))).Field);
        var backwards = Refused(new(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay, StartsOn: new(2027, 6, 14), EndsOn: new(2027, 6, 13)));
        Assert.Equal(("SNU : la date de fin (13/06/2027) précède la date de début (14/06/2027).", "EndsOn"), (backwards.Message, backwards.Field));

        var snu = Accepted(new(DeclarationKind.Snu, SnuKind: SnuKind.GeneralInterestMission, StartsOn: new(2027, 6, 14), EndsOn: new(2027, 6, 14)));
        Assert.Equal((SnuKind.GeneralInterestMission, new DateOnly(2027, 6, 14)), (snu.SnuKind, snu.EndsOn!.Value));
    }

    [Fact]
    public void A_mobility_lasts_at_least_fourteen_days_and_names_its_country_and_organisation()
    {
        DeclarationRequest Mobility(int days, string? country = "Espagne", string? organisation = "IES Cervantes") =>
            new(DeclarationKind.Mobility, StartsOn: new(2027, 3, 1), EndsOn: new DateOnly(2027, 3, 1).AddDays(days - 1), Country: country, Organisation: organisation);

        var tooShort = Refused(Mobility(13));
        Assert.Equal(("Une mobilité ne remplace la séquence d'observation qu'à partir de deux semaines (14 jours) : celle-ci dure 13 jour(s).", "EndsOn"),
            (tooShort.Message, tooShort.Field));
        Assert.Equal(14, Accepted(Mobility(14)).EndsOn!.Value.DayNumber - new DateOnly(2027, 3, 1).DayNumber + 1);
        Assert.Equal("Country", Refused(Mobility(20, country: " ")).Field);
        Assert.Equal("Organisation", Refused(Mobility(20, organisation: null)).Field);
    }

    [Fact]
    public void An_exemption_is_an_sthr_student_s_or_the_direction_s_with_a_reason()
    {
        Assert.Equal("Seule la direction peut dispenser un élève de la séquence (hors élève STHR).", Refused(new(DeclarationKind.Exempted, "Raison médicale")).Message);
        Assert.Equal("Note", Refused(new(DeclarationKind.Exempted), Context with { ByDirection = true }).Field);
        Assert.Equal(ExemptionGround.DirectionDecision, Accepted(new(DeclarationKind.Exempted, "Raison médicale documentée"), Context with { ByDirection = true }).Exemption);
        Assert.Equal(ExemptionGround.SthrOptOut, Accepted(new(DeclarationKind.Exempted), sthr: true).Exemption);
    }

    [Fact]
    public void Only_an_sthr_student_chooses_to_do_the_sequence()
    {
        Assert.Equal("Kind", Refused(new(DeclarationKind.SthrDoesSequence)).Field);
        Assert.Equal(DeclarationKind.SthrDoesSequence, Accepted(new(DeclarationKind.SthrDoesSequence), sthr: true).Kind);
    }

    [Fact]
    public void A_withdrawal_names_an_alternative()
    {
        Assert.Equal("Withdraws", Refused(new(DeclarationKind.Withdrawal)).Field);
        Assert.Equal("Withdraws", Refused(new(DeclarationKind.Withdrawal, Withdraws: DeclarationKind.Searching)).Field);
        Assert.Equal(DeclarationKind.Snu, Accepted(new(DeclarationKind.Withdrawal, Withdraws: DeclarationKind.Snu)).Withdraws);
    }

    [Fact]
    public void A_declaration_covering_a_signed_week_is_refused_naming_the_convention()
    {
        var signedWeek1 = Context with { Signed = [new SignedConvention("Boulangerie Martin", PeriodOption.Week1, new(2027, 6, 14), new(2027, 6, 18))] };

        var error = Refused(new(DeclarationKind.InSchoolProgramme, Weeks: PeriodOption.BothWeeks), signedWeek1);
        Assert.Equal("Kind", error.Field);
        Assert.StartsWith("L'élève a une convention signée avec Boulangerie Martin du 14/06/2027 au 18/06/2027, qui couvre la semaine 1", error.Message);
        Refused(new(DeclarationKind.Mobility, StartsOn: new(2027, 3, 1), EndsOn: new(2027, 3, 20), Country: "Italie", Organisation: "Liceo"), signedWeek1);
        Refused(new(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay, StartsOn: new(2027, 6, 18), EndsOn: new(2027, 6, 29)), signedWeek1);

        // The other week only: accepted.
        Assert.Equal(PeriodOption.Week2, Accepted(new(DeclarationKind.InSchoolProgramme, Weeks: PeriodOption.Week2), signedWeek1).Weeks);
        Accepted(new(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay, StartsOn: new(2027, 6, 19), EndsOn: new(2027, 6, 30)), signedWeek1);
        Accepted(new(DeclarationKind.Searching, "Cherche pour la semaine 2"), signedWeek1);
    }

    [Fact]
    public void Nothing_can_be_declared_for_a_student_who_left()
    {
        var student = Pupil();
        student.Leave(new DateOnly(2027, 2, 1));
        Assert.Throws<DomainException>(() => PlacementDeclaration.Declare(student, DeclarationKind.Searching, "note", Pp, DateTimeOffset.UtcNow));
    }
}
