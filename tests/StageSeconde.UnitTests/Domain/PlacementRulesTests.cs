using CsCheck;
using StageSeconde.Web.Domain;
using static StageSeconde.Web.Domain.PlacementRules;

namespace StageSeconde.UnitTests.Domain;

/// <summary>The situation week by week and overall (docs/reference-produit.md §3).</summary>
public sealed class PlacementRulesTests
{
    private static readonly DateOnly Week1 = new(2027, 6, 14), Week2 = new(2027, 6, 21);
    private static readonly ObservationWeeks Period = ObservationWeeks.From(Week1);
    private static int _id;

    private static AgreementSlot Slot(PeriodOption period, AgreementState state, int host = 1) => period switch
    {
        PeriodOption.Week1 => new(++_id, host, period, Week1, Week1.AddDays(4), state),
        PeriodOption.Week2 => new(++_id, host, period, Week2, Week2.AddDays(4), state),
        _ => new(++_id, host, period, Week1, Week2.AddDays(4), state),
    };

    private static DeclarationFact Declared(DeclarationKind kind, int day, DateOnly? from = null, DateOnly? to = null, PeriodOption? weeks = null,
        DeclarationKind? withdraws = null) =>
        new(kind, new DateTime(2027, 3, day, 10, 0, 0, DateTimeKind.Utc), from, to, weeks, withdraws);

    private static WeeklySituation Of(IEnumerable<AgreementSlot> agreements, IEnumerable<DeclarationFact> declarations, bool sthr = false, params int[] programmeWeeks) =>
        Derive(sthr, agreements, declarations, programmeWeeks, Period);

    private static Situation Overall(IEnumerable<AgreementSlot> agreements, IEnumerable<DeclarationFact> declarations, bool sthr = false, params int[] programmeWeeks) =>
        Of(agreements, declarations, sthr, programmeWeeks).Overall;

    [Fact]
    public void Nothing_recorded_is_no_solution() =>
        Assert.Equal(new WeeklySituation(WeekSituation.Nothing, WeekSituation.Nothing, Situation.NoSolution), Of([], []));

    [Fact]
    public void A_search_note_is_searching() =>
        Assert.Equal(Situation.Searching, Overall([], [Declared(DeclarationKind.Searching, 1)]));

    [Fact]
    public void One_two_week_signed_convention_is_signed() =>
        Assert.Equal(new WeeklySituation(WeekSituation.AgreementSigned, WeekSituation.AgreementSigned, Situation.AgreementSigned),
            Of([Slot(PeriodOption.BothWeeks, AgreementState.Signed)], []));

    [Fact]
    public void A_completed_convention_counts_as_signed() =>
        Assert.Equal(Situation.AgreementSigned, Overall([Slot(PeriodOption.BothWeeks, AgreementState.Completed)], []));

    [Fact]
    public void Two_signed_one_week_conventions_cover_the_period() =>
        Assert.Equal(Situation.AgreementSigned, Overall(
            [Slot(PeriodOption.Week1, AgreementState.Signed, host: 1), Slot(PeriodOption.Week2, AgreementState.Signed, host: 2)], []));

    [Fact]
    public void One_week_with_nothing_is_partially_covered_even_when_the_other_is_signed() =>
        Assert.Equal(new WeeklySituation(WeekSituation.AgreementSigned, WeekSituation.Nothing, Situation.PartiallyCovered),
            Of([Slot(PeriodOption.Week1, AgreementState.Signed)], []));

    [Fact]
    public void One_signed_week_and_one_draft_week_is_in_progress() =>
        Assert.Equal(Situation.AgreementInProgress, Overall(
            [Slot(PeriodOption.Week1, AgreementState.Signed, host: 1), Slot(PeriodOption.Week2, AgreementState.Draft, host: 2)], []));

    [Theory]
    [InlineData(AgreementState.Draft)]
    [InlineData(AgreementState.Submitted)]
    [InlineData(AgreementState.Refused)]
    [InlineData(AgreementState.Validated)]
    [InlineData(AgreementState.InSignature)]
    public void A_two_week_convention_not_yet_signed_is_in_progress(AgreementState state) =>
        Assert.Equal(new WeeklySituation(WeekSituation.AgreementInProgress, WeekSituation.AgreementInProgress, Situation.AgreementInProgress),
            Of([Slot(PeriodOption.BothWeeks, state)], []));

    [Fact]
    public void Cancelled_conventions_are_ignored()
    {
        Assert.Equal(Situation.NoSolution, Overall([Slot(PeriodOption.BothWeeks, AgreementState.Cancelled)], []));
        Assert.Equal(Situation.PartiallyCovered, Overall(
            [Slot(PeriodOption.Week1, AgreementState.Signed, host: 1), Slot(PeriodOption.Week2, AgreementState.Cancelled, host: 2)], []));
    }

    [Theory]
    [InlineData(DeclarationKind.Snu, WeekSituation.Snu)]
    [InlineData(DeclarationKind.Mobility, WeekSituation.Mobility)]
    [InlineData(DeclarationKind.Exempted, WeekSituation.Exempted)]
    [InlineData(DeclarationKind.InSchoolProgramme, WeekSituation.InSchoolProgramme)]
    public void A_declaration_never_hides_a_convention(DeclarationKind kind, WeekSituation otherWeek)
    {
        var signedWeek1 = Slot(PeriodOption.Week1, AgreementState.Signed);
        Assert.Equal(new WeeklySituation(WeekSituation.AgreementSigned, otherWeek, Situation.Combined), Of([signedWeek1], [Declared(kind, 2)]));
        Assert.Equal(Situation.AgreementSigned, Overall([Slot(PeriodOption.BothWeeks, AgreementState.Signed)], [Declared(kind, 2)]));
        // A convention in progress shows in its week too, and the situation is « convention en cours ».
        Assert.Equal(new WeeklySituation(WeekSituation.AgreementInProgress, otherWeek, Situation.AgreementInProgress),
            Of([Slot(PeriodOption.Week1, AgreementState.Submitted)], [Declared(kind, 2)]));
    }

    [Fact]
    public void Signed_week_1_and_programme_week_2_is_covered_by_combined_solutions()
    {
        var combined = new WeeklySituation(WeekSituation.AgreementSigned, WeekSituation.InSchoolProgramme, Situation.Combined);
        Assert.Equal(combined, Of([Slot(PeriodOption.Week1, AgreementState.Signed)], [], false, 2));
        Assert.Equal(combined, Of([Slot(PeriodOption.Week1, AgreementState.Signed)], [Declared(DeclarationKind.InSchoolProgramme, 3, weeks: PeriodOption.Week2)]));
        Assert.True(Situation.Combined.HasSolution());
    }

    [Theory]
    [InlineData(DeclarationKind.Snu, Situation.Snu)]
    [InlineData(DeclarationKind.Mobility, Situation.Mobility)]
    [InlineData(DeclarationKind.Exempted, Situation.Exempted)]
    [InlineData(DeclarationKind.InSchoolProgramme, Situation.InSchoolProgramme)]
    public void The_same_alternative_both_weeks_is_that_alternative(DeclarationKind kind, Situation expected) =>
        Assert.Equal(expected, Overall([], [Declared(kind, 2)]));

    [Fact]
    public void The_programme_covers_the_weeks_of_its_enrolments_without_a_declaration()
    {
        Assert.Equal(new WeeklySituation(WeekSituation.Nothing, WeekSituation.InSchoolProgramme, Situation.PartiallyCovered), Of([], [], false, 2));
        Assert.Equal(Situation.InSchoolProgramme, Overall([], [], false, 1, 2));
    }

    [Theory]
    // The period: week 1 from Monday 14 to Friday 18 June 2027, week 2 from Monday 21 to Friday 25.
    [InlineData("2027-06-01", "2027-06-13", WeekSituation.Nothing, WeekSituation.Nothing)]
    [InlineData("2027-06-01", "2027-06-14", WeekSituation.Snu, WeekSituation.Nothing)]
    [InlineData("2027-06-18", "2027-06-20", WeekSituation.Snu, WeekSituation.Nothing)]
    [InlineData("2027-06-19", "2027-06-20", WeekSituation.Nothing, WeekSituation.Nothing)]
    [InlineData("2027-06-19", "2027-06-21", WeekSituation.Nothing, WeekSituation.Snu)]
    [InlineData("2027-06-14", "2027-06-25", WeekSituation.Snu, WeekSituation.Snu)]
    [InlineData("2027-06-25", "2027-07-06", WeekSituation.Nothing, WeekSituation.Snu)]
    [InlineData("2027-06-26", "2027-07-06", WeekSituation.Nothing, WeekSituation.Nothing)]
    public void An_snu_covers_the_weeks_its_dates_overlap(string from, string to, WeekSituation week1, WeekSituation week2)
    {
        var result = Of([], [Declared(DeclarationKind.Snu, 1, DateOnly.Parse(from), DateOnly.Parse(to))]);
        Assert.Equal((week1, week2), (result.Week1, result.Week2));
    }

    [Fact]
    public void A_mobility_covers_both_weeks_whatever_its_dates() =>
        Assert.Equal(Situation.Mobility, Overall([], [Declared(DeclarationKind.Mobility, 1, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 19))]));

    [Fact]
    public void A_search_note_withdraws_nothing_an_explicit_withdrawal_does()
    {
        var snu = Declared(DeclarationKind.Snu, 1);
        Assert.Equal(Situation.Snu, Overall([], [snu, Declared(DeclarationKind.Searching, 5)]));
        Assert.Equal(Situation.Searching, Overall([], [snu, Declared(DeclarationKind.Searching, 5), Declared(DeclarationKind.Withdrawal, 6, withdraws: DeclarationKind.Snu)]));
        Assert.Equal(Situation.NoSolution, Overall([], [snu, Declared(DeclarationKind.Withdrawal, 6, withdraws: DeclarationKind.Snu)]));
        // A withdrawal withdraws only what it names, and only what was declared before it.
        Assert.Equal(Situation.Snu, Overall([], [snu, Declared(DeclarationKind.Withdrawal, 6, withdraws: DeclarationKind.Mobility)]));
        Assert.Equal(Situation.Snu, Overall([], [Declared(DeclarationKind.Withdrawal, 1, withdraws: DeclarationKind.Snu), Declared(DeclarationKind.Snu, 2)]));
    }

    [Fact]
    public void The_latest_declaration_of_a_kind_stands_whatever_the_order_given()
    {
        var result = Of([], [Declared(DeclarationKind.Snu, 9, new DateOnly(2027, 6, 21), new DateOnly(2027, 6, 25)),
            Declared(DeclarationKind.Snu, 3, new DateOnly(2027, 6, 14), new DateOnly(2027, 6, 18))]);
        Assert.Equal((WeekSituation.Nothing, WeekSituation.Snu), (result.Week1, result.Week2));
    }

    [Fact]
    public void An_sthr_student_is_exempted_for_the_weeks_with_nothing_unless_they_choose_the_sequence()
    {
        Assert.Equal(Situation.Exempted, Overall([], [], sthr: true));
        Assert.Equal(Situation.Exempted, Overall([], [Declared(DeclarationKind.Searching, 1)], sthr: true));
        Assert.Equal(Situation.AgreementSigned, Overall([Slot(PeriodOption.BothWeeks, AgreementState.Signed)], [], sthr: true));
        Assert.Equal(new WeeklySituation(WeekSituation.AgreementSigned, WeekSituation.Exempted, Situation.Combined),
            Of([Slot(PeriodOption.Week1, AgreementState.Signed)], [], sthr: true));

        var choosing = Declared(DeclarationKind.SthrDoesSequence, 2);
        Assert.Equal(Situation.NoSolution, Overall([], [choosing], sthr: true));
        Assert.Equal(Situation.PartiallyCovered, Overall([Slot(PeriodOption.Week1, AgreementState.Signed)], [choosing], sthr: true));
        // Opting out again later (an exemption) stands over the earlier choice; withdrawing the choice brings the default back.
        Assert.Equal(Situation.Exempted, Overall([], [choosing, Declared(DeclarationKind.Exempted, 3)], sthr: true));
        Assert.Equal(Situation.NoSolution, Overall([], [Declared(DeclarationKind.Exempted, 1), choosing], sthr: true));
        Assert.Equal(Situation.Exempted, Overall([], [choosing, Declared(DeclarationKind.Withdrawal, 3, withdraws: DeclarationKind.SthrDoesSequence)], sthr: true));
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
    [InlineData(Situation.Combined, false)]
    public void Students_without_a_solution_need_action(Situation situation, bool needsAction) =>
        Assert.Equal(needsAction, situation.NeedsAction());

    [Fact]
    public void Students_needing_action_sort_first() =>
        Assert.Equal(
            [Situation.NoSolution, Situation.PartiallyCovered, Situation.Searching, Situation.AgreementInProgress, Situation.AgreementSigned],
            new[] { Situation.AgreementSigned, Situation.Searching, Situation.AgreementInProgress, Situation.NoSolution, Situation.PartiallyCovered }
                .OrderBy(s => s.Priority()));

    // Property tests: random conventions, declarations and enrolments.
    private static readonly Gen<AgreementSlot> Agreements = Gen.Select(Gen.Enum<PeriodOption>(), Gen.Enum<AgreementState>(), Gen.Int[1, 3],
        (period, state, host) => Slot(period, state, host));

    private static readonly Gen<DeclarationFact> Declarations = Gen.Select(
        Gen.OneOf(DeclarationKind.Searching, DeclarationKind.Snu, DeclarationKind.Mobility, DeclarationKind.Exempted,
            DeclarationKind.InSchoolProgramme, DeclarationKind.Withdrawal, DeclarationKind.SthrDoesSequence),
        Gen.Int[1, 28], Gen.Int[0, 20], Gen.Int[0, 14], Gen.Enum<PeriodOption>(), Gen.OneOf(PlacementRules.Alternatives.ToArray()),
        (kind, day, startOffset, length, weeks, withdrawn) =>
        {
            var start = Week1.AddDays(startOffset - 7);
            return Declared(kind, day, start, start.AddDays(length), weeks, withdrawn);
        });

    private static readonly Gen<(bool Sthr, AgreementSlot[] Agreements, DeclarationFact[] Declarations, int[] Weeks)> Pupils = Gen.Select(
        Gen.Bool, Agreements.Array[0, 3], Declarations.Array[0, 5], Gen.Int[1, 2].Array[0, 2],
        (sthr, agreements, declarations, weeks) => (sthr, agreements, declarations, weeks));

    [Fact]
    public void Adding_a_signed_convention_never_lowers_the_situation() =>
        Gen.Select(Pupils, Gen.Enum<PeriodOption>()).Sample((pupil, period) =>
        {
            var before = Derive(pupil.Sthr, pupil.Agreements, pupil.Declarations, pupil.Weeks, Period);
            var after = Derive(pupil.Sthr, [.. pupil.Agreements, Slot(period, AgreementState.Signed)], pupil.Declarations, pupil.Weeks, Period);
            return after.Overall.Settledness() >= before.Overall.Settledness()
                   && (period == PeriodOption.Week2 || after.Week1 == WeekSituation.AgreementSigned)
                   && (period == PeriodOption.Week1 || after.Week2 == WeekSituation.AgreementSigned);
        });

    [Fact]
    public void A_declaration_never_changes_a_week_a_convention_covers() =>
        Gen.Select(Pupils, Declarations).Sample((pupil, declaration) =>
        {
            var before = Derive(pupil.Sthr, pupil.Agreements, pupil.Declarations, pupil.Weeks, Period);
            var after = Derive(pupil.Sthr, pupil.Agreements, [.. pupil.Declarations, declaration], pupil.Weeks, Period);
            return (!before.Week1.IsConvention() || after.Week1 == before.Week1) && (!before.Week2.IsConvention() || after.Week2 == before.Week2);
        });

    [Fact]
    public void The_overall_situation_needs_action_exactly_when_a_week_has_nothing() =>
        Pupils.Sample(pupil =>
        {
            var result = Derive(pupil.Sthr, pupil.Agreements, pupil.Declarations, pupil.Weeks, Period);
            return result.Overall.NeedsAction() == (result.Week1 == WeekSituation.Nothing || result.Week2 == WeekSituation.Nothing);
        });
}
