using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.UnitTests.Infrastructure.Web;

public sealed class PercentagesTests
{
    [Theory]
    [InlineData(2, 4, 50)]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(199, 200, 99)]
    [InlineData(1, 300, 1)]
    [InlineData(0, 300, 0)]
    [InlineData(300, 300, 100)]
    public void Rates_are_whole_percents_never_rounded_to_all_or_none(int part, int whole, int expected) =>
        Assert.Equal(expected, Percentages.Of(part, whole));

    [Fact]
    public void A_rate_is_written_the_french_way_and_nobody_is_a_dash()
    {
        Assert.Equal("50\u00A0%", Percentages.Format(1, 2));
        Assert.Equal("—", Percentages.Format(0, 0));
    }

    [Fact]
    public void Totals_count_solutions_weeks_signed_students_and_the_in_school_programme()
    {
        var totals = PlacementTotals.Of(
        [
            (Situation.AgreementSigned, WeekSituation.AgreementSigned, WeekSituation.AgreementSigned),
            (Situation.Snu, WeekSituation.Snu, WeekSituation.Snu),
            (Situation.PartiallyCovered, WeekSituation.AgreementInProgress, WeekSituation.Nothing),
            (Situation.NoSolution, WeekSituation.Nothing, WeekSituation.Nothing),
            (Situation.InSchoolProgramme, WeekSituation.InSchoolProgramme, WeekSituation.InSchoolProgramme),
            (Situation.Exempted, WeekSituation.Exempted, WeekSituation.Exempted),
            // Signed in week 1, in the programme in week 2: a solution, week 1 covered by a convention, counted in the programme.
            (Situation.Combined, WeekSituation.AgreementSigned, WeekSituation.InSchoolProgramme),
        ]);

        Assert.Equal(new PlacementTotals(Students: 7, WithSolution: 5, Week1Covered: 3, Week2Covered: 1, Signed: 1, InSchoolProgramme: 2), totals);
        Assert.Equal(2, totals.WithoutSolution);
    }
}
