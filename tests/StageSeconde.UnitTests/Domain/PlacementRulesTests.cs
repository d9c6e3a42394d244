using StageSeconde.Web.Domain;
using static StageSeconde.Web.Domain.PlacementRules;

namespace StageSeconde.UnitTests.Domain;

public sealed class PlacementRulesTests
{
    private static readonly DateOnly Week1 = new(2027, 6, 14), Week2 = new(2027, 6, 21);
    private static int _id;

    private static AgreementSlot Slot(PeriodOption period, AgreementState state, int host = 1) => period switch
    {
        PeriodOption.Week1 => new(++_id, host, period, Week1, Week1.AddDays(4), state),
        PeriodOption.Week2 => new(++_id, host, period, Week2, Week2.AddDays(4), state),
        _ => new(++_id, host, period, Week1, Week2.AddDays(4), state),
    };

    private static DeclarationFact Declared(DeclarationKind kind, int day) => new(kind, new DateTime(2027, 3, day, 10, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Nothing_recorded_is_no_solution() =>
        Assert.Equal(Situation.NoSolution, Derive(false, [], []));

    [Fact]
    public void A_search_note_is_searching() =>
        Assert.Equal(Situation.Searching, Derive(false, [], [Declared(DeclarationKind.Searching, 1)]));

    [Fact]
    public void One_two_week_signed_convention_is_signed() =>
        Assert.Equal(Situation.AgreementSigned, Derive(false, [Slot(PeriodOption.BothWeeks, AgreementState.Signed)], []));

    [Fact]
    public void A_completed_convention_counts_as_signed() =>
        Assert.Equal(Situation.AgreementSigned, Derive(false, [Slot(PeriodOption.BothWeeks, AgreementState.Completed)], []));

    [Fact]
    public void Two_signed_one_week_conventions_in_different_hosts_cover_the_period() =>
        Assert.Equal(Situation.AgreementSigned, Derive(false,
            [Slot(PeriodOption.Week1, AgreementState.Signed, host: 1), Slot(PeriodOption.Week2, AgreementState.Signed, host: 2)], []));

    [Fact]
    public void One_week_only_is_partially_covered_even_when_signed() =>
        Assert.Equal(Situation.PartiallyCovered, Derive(false, [Slot(PeriodOption.Week1, AgreementState.Signed)], []));

    [Fact]
    public void One_signed_week_and_one_draft_week_is_in_progress() =>
        Assert.Equal(Situation.AgreementInProgress, Derive(false,
            [Slot(PeriodOption.Week1, AgreementState.Signed, host: 1), Slot(PeriodOption.Week2, AgreementState.Draft, host: 2)], []));

    [Theory]
    [InlineData(AgreementState.Draft)]
    [InlineData(AgreementState.Submitted)]
    [InlineData(AgreementState.Refused)]
    [InlineData(AgreementState.Validated)]
    [InlineData(AgreementState.InSignature)]
    public void A_two_week_convention_not_yet_signed_is_in_progress(AgreementState state) =>
        Assert.Equal(Situation.AgreementInProgress, Derive(false, [Slot(PeriodOption.BothWeeks, state)], []));

    [Fact]
    public void Cancelled_conventions_are_ignored()
    {
        Assert.Equal(Situation.NoSolution, Derive(false, [Slot(PeriodOption.BothWeeks, AgreementState.Cancelled)], []));
        Assert.Equal(Situation.PartiallyCovered, Derive(false,
            [Slot(PeriodOption.Week1, AgreementState.Signed, host: 1), Slot(PeriodOption.Week2, AgreementState.Cancelled, host: 2)], []));
    }

    [Fact]
    public void Two_one_week_conventions_in_the_same_host_are_not_full_coverage() =>
        Assert.Equal(Situation.PartiallyCovered, Derive(false,
            [Slot(PeriodOption.Week1, AgreementState.Signed, host: 7), Slot(PeriodOption.Week2, AgreementState.Signed, host: 7)], []));

    [Theory]
    [InlineData(DeclarationKind.Snu, Situation.Snu)]
    [InlineData(DeclarationKind.Mobility, Situation.Mobility)]
    [InlineData(DeclarationKind.Exempted, Situation.Exempted)]
    [InlineData(DeclarationKind.InSchoolProgramme, Situation.InSchoolProgramme)]
    public void An_alternative_overrides_conventions(DeclarationKind kind, Situation expected) =>
        Assert.Equal(expected, Derive(false, [Slot(PeriodOption.BothWeeks, AgreementState.Signed)], [Declared(kind, 2)]));

    [Fact]
    public void A_later_search_note_withdraws_an_alternative()
    {
        DeclarationFact[] declarations = [Declared(DeclarationKind.Snu, 1), Declared(DeclarationKind.Searching, 5)];
        Assert.Equal(Situation.Searching, Derive(false, [], declarations));
        Assert.Equal(Situation.AgreementInProgress, Derive(false, [Slot(PeriodOption.BothWeeks, AgreementState.Draft)], declarations));
    }

    [Fact]
    public void The_latest_declaration_wins_whatever_the_order_given() =>
        Assert.Equal(Situation.InSchoolProgramme, Derive(false, [],
            [Declared(DeclarationKind.InSchoolProgramme, 9), Declared(DeclarationKind.Searching, 3), Declared(DeclarationKind.Snu, 1)]));

    [Fact]
    public void An_sthr_student_with_nothing_is_exempted_but_a_convention_counts()
    {
        Assert.Equal(Situation.Exempted, Derive(true, [], []));
        Assert.Equal(Situation.Exempted, Derive(true, [], [Declared(DeclarationKind.Searching, 1)]));
        Assert.Equal(Situation.AgreementSigned, Derive(true, [Slot(PeriodOption.BothWeeks, AgreementState.Signed)], []));
    }

    [Theory]
    [InlineData(Situation.NoSolution, true)]
    [InlineData(Situation.Searching, true)]
    [InlineData(Situation.PartiallyCovered, true)]
    [InlineData(Situation.AgreementInProgress, false)]
    [InlineData(Situation.AgreementSigned, false)]
    [InlineData(Situation.Snu, false)]
    [InlineData(Situation.Mobility, false)]
    [InlineData(Situation.Exempted, false)]
    [InlineData(Situation.InSchoolProgramme, false)]
    public void Students_without_a_solution_need_action(Situation situation, bool needsAction) =>
        Assert.Equal(needsAction, situation.NeedsAction());

    [Fact]
    public void Students_needing_action_sort_first() =>
        Assert.Equal(
            [Situation.NoSolution, Situation.PartiallyCovered, Situation.Searching, Situation.AgreementInProgress, Situation.AgreementSigned],
            new[] { Situation.AgreementSigned, Situation.Searching, Situation.AgreementInProgress, Situation.NoSolution, Situation.PartiallyCovered }
                .OrderBy(s => s.Priority()));

    [Fact]
    public void Weeks_covered_ignore_cancelled_conventions()
    {
        Assert.Equal((true, false), WeeksCovered([Slot(PeriodOption.Week1, AgreementState.Draft), Slot(PeriodOption.Week2, AgreementState.Cancelled)]));
        Assert.Equal((true, true), WeeksCovered([Slot(PeriodOption.BothWeeks, AgreementState.Submitted)]));
    }

    [Fact]
    public void A_search_declaration_needs_a_note()
    {
        var student = new Student(0, null, "Nguyen", "Linh", default) { Id = 3, SchoolId = 1 };
        var error = Assert.Throws<DomainException>(() => PlacementDeclaration.Declare(student, DeclarationKind.Searching, "  ", new Actor("pp@test.fr"), DateTimeOffset.UtcNow));
        Assert.Equal("Indiquez où en est la recherche de l'élève (une note datée).", error.Message);
    }

    [Fact]
    public void An_exemption_needs_a_reason_except_for_sthr_students()
    {
        var student = new Student(0, null, "Nguyen", "Linh", default) { Id = 3, SchoolId = 1 };
        Assert.Throws<DomainException>(() => PlacementDeclaration.Declare(student, DeclarationKind.Exempted, null, new Actor("pp@test.fr"), DateTimeOffset.UtcNow));
        student.UpdateDetails(student.Ine, student.LastName, student.FirstName, student.BirthDate, student.SchoolClassId, isSthr: true);
        var declaration = PlacementDeclaration.Declare(student, DeclarationKind.Exempted, null, new Actor("pp@test.fr", 12), DateTimeOffset.UtcNow);
        Assert.Equal((3, 1, 12), (declaration.StudentId, declaration.SchoolId, declaration.DeclaredByStaffId));
    }

    [Fact]
    public void Nothing_can_be_declared_for_a_student_who_left()
    {
        var student = new Student(0, null, "Nguyen", "Linh", default) { Id = 3, SchoolId = 1 };
        student.Leave(new DateOnly(2027, 2, 1));
        Assert.Throws<DomainException>(() => PlacementDeclaration.Declare(student, DeclarationKind.Snu, null, new Actor("pp@test.fr"), DateTimeOffset.UtcNow));
    }
}
