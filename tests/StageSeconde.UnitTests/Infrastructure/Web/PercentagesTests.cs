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
            (Situation.AgreementSigned, true, true),
            (Situation.Snu, false, false),
            (Situation.PartiallyCovered, true, false),
            (Situation.NoSolution, false, false),
            (Situation.InSchoolProgramme, false, false),
            (Situation.Exempted, false, false),
        ]);

        Assert.Equal(new PlacementTotals(Students: 6, WithSolution: 4, Week1Covered: 2, Week2Covered: 1, Signed: 1, InSchoolProgramme: 1), totals);
        Assert.Equal(2, totals.WithoutSolution);
    }
}
