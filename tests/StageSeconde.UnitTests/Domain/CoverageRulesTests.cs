using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

public sealed class CoverageRulesTests
{
    private const int HostA = 21;
    private const int HostB = 22;

    private static AgreementSlot Slot(int id, PeriodOption period, int host, AgreementState state = AgreementState.Draft)
    {
        var year = Some.Year();
        var (first, last) = period switch
        {
            PeriodOption.Week1 => (year.Week1Start, year.Week1End),
            PeriodOption.Week2 => (year.Week2Start, year.Week2End),
            _ => (year.ObservationStart, year.ObservationEnd),
        };
        return new AgreementSlot(id, host, period, first, last, state);
    }

    private static IReadOnlyList<string> Check(AgreementSlot candidate, params AgreementSlot[] existing) =>
        CoverageRules.Check(candidate, existing, Some.Year());

    [Fact]
    public void A_first_agreement_has_no_violation() =>
        Assert.Empty(Check(Slot(0, PeriodOption.BothWeeks, HostA)));

    [Fact]
    public void An_agreement_overlapping_another_of_the_student_is_refused() =>
        Assert.Equal(
            ["L'élève a déjà une convention du 14/06/2027 au 18/06/2027 : les conventions d'un élève ne peuvent pas se chevaucher"],
            Check(Slot(0, PeriodOption.BothWeeks, HostB), Slot(1, PeriodOption.Week1, HostA)));

    [Fact]
    public void Two_agreements_for_the_same_week_overlap_even_in_two_hosts() =>
        Assert.Single(Check(Slot(0, PeriodOption.Week2, HostB), Slot(1, PeriodOption.Week2, HostA)));

    [Fact]
    public void Two_one_week_agreements_in_the_same_host_are_refused() =>
        Assert.Equal(
            ["L'élève a déjà une convention d'une semaine dans cette structure d'accueil : deux semaines dans la même structure font l'objet d'une seule convention de deux semaines"],
            Check(Slot(0, PeriodOption.Week2, HostA), Slot(1, PeriodOption.Week1, HostA)));

    [Fact]
    public void Two_one_week_agreements_in_two_hosts_are_accepted() =>
        Assert.Empty(Check(Slot(0, PeriodOption.Week2, HostB), Slot(1, PeriodOption.Week1, HostA)));

    [Fact]
    public void A_cancelled_agreement_is_ignored()
    {
        var cancelled = Slot(1, PeriodOption.Week1, HostA, AgreementState.Cancelled);

        Assert.Empty(Check(Slot(0, PeriodOption.Week1, HostA), cancelled));
        Assert.Empty(Check(Slot(0, PeriodOption.Week2, HostA), cancelled));
    }

    [Fact]
    public void A_cancelled_candidate_breaks_no_rule() =>
        Assert.Empty(Check(Slot(2, PeriodOption.Week1, HostA, AgreementState.Cancelled), Slot(1, PeriodOption.Week1, HostA)));

    [Fact]
    public void The_candidate_itself_among_the_students_agreements_is_skipped()
    {
        var candidate = Slot(5, PeriodOption.BothWeeks, HostA, AgreementState.Submitted);

        Assert.Empty(Check(candidate, candidate));
    }

    [Fact]
    public void Dates_outside_the_period_are_refused()
    {
        var moved = new AgreementSlot(0, HostA, PeriodOption.Week1, new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 11), AgreementState.Draft);

        Assert.Equal(
            ["Les dates de la convention (du 07/06/2027 au 11/06/2027) sortent de la période d'observation (du 14/06/2027 au 25/06/2027)"],
            Check(moved));
    }

    [Fact]
    public void No_agreement_is_no_coverage() =>
        Assert.Equal(Coverage.None, CoverageRules.CoverageOf([]));

    [Theory]
    [InlineData(PeriodOption.Week1)]
    [InlineData(PeriodOption.Week2)]
    public void One_week_is_a_partial_coverage(PeriodOption week) =>
        Assert.Equal(Coverage.Partial, CoverageRules.CoverageOf([Slot(1, week, HostA)]));

    [Fact]
    public void A_two_week_agreement_is_a_full_coverage() =>
        Assert.Equal(Coverage.Full, CoverageRules.CoverageOf([Slot(1, PeriodOption.BothWeeks, HostA)]));

    [Fact]
    public void Two_one_week_agreements_in_two_hosts_are_a_full_coverage() =>
        Assert.Equal(Coverage.Full, CoverageRules.CoverageOf([Slot(1, PeriodOption.Week1, HostA), Slot(2, PeriodOption.Week2, HostB)]));

    [Fact]
    public void Two_one_week_agreements_in_the_same_host_are_only_a_partial_coverage() =>
        Assert.Equal(Coverage.Partial, CoverageRules.CoverageOf([Slot(1, PeriodOption.Week1, HostA), Slot(2, PeriodOption.Week2, HostA)]));

    [Fact]
    public void Cancelled_agreements_cover_nothing()
    {
        Assert.Equal(Coverage.None, CoverageRules.CoverageOf([Slot(1, PeriodOption.BothWeeks, HostA, AgreementState.Cancelled)]));
        Assert.Equal(
            Coverage.Partial,
            CoverageRules.CoverageOf([Slot(1, PeriodOption.Week1, HostA), Slot(2, PeriodOption.Week2, HostB, AgreementState.Cancelled)]));
    }
}
