using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Academie;

namespace StageSeconde.UnitTests.Features.Academie;

public sealed class SmallCellsTests
{
    [Theory]
    [InlineData(0, "< 5")]
    [InlineData(4, "< 5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1\u202F234")]
    public void Counts_under_five_are_not_shown(int count, string shown) => Assert.Equal(shown, SmallCells.Count(count));

    [Theory]
    [InlineData(3, 40, "< 5", "masqué")]
    [InlineData(35, 40, "35", "88\u00A0%")]
    [InlineData(37, 40, "masqué", "masqué")]
    [InlineData(40, 40, "masqué", "masqué")]
    [InlineData(2, 3, "< 5", "masqué")]
    public void A_part_and_its_rate_are_hidden_when_the_part_or_the_rest_is_small(int part, int whole, string shownPart, string shownRate)
    {
        Assert.Equal(shownPart, SmallCells.Part(part, whole));
        Assert.Equal(shownRate, SmallCells.Rate(part, whole));
    }

    private static SchoolAggregate School(int students, int withSolution, int signed = 10, int programme = 10) =>
        new("0750001A", "Lycée", "Paris", new PlacementTotals(students, withSolution, 0, 0, 0, programme), signed);

    [Fact]
    public void A_total_is_hidden_when_one_hidden_cell_could_be_subtracted_back()
    {
        var model = new AcademieModel([School(100, 50, signed: 3), School(80, 40, signed: 20)]);
        Assert.Equal("masqué", model.TotalSigned);
        Assert.Equal("< 5", AcademieModel.Signed(model.Schools[0]));
        Assert.Equal("180", model.TotalStudents);
        Assert.Equal("90", model.TotalWithSolution);

        var twoHidden = new AcademieModel([School(100, 50, signed: 3), School(80, 40, signed: 4), School(80, 40, signed: 20)]);
        Assert.Equal("27", twoHidden.TotalSigned);
        var twoTiny = new AcademieModel([School(100, 50, signed: 1), School(80, 40, signed: 2), School(80, 40, signed: 20)]);
        Assert.Equal("masqué", twoTiny.TotalSigned);

        var oneRestSmall = new AcademieModel([School(100, 98), School(80, 40)]);
        Assert.Equal(("masqué", "masqué", "masqué"), (AcademieModel.WithSolution(oneRestSmall.Schools[0]), oneRestSmall.TotalWithSolution, oneRestSmall.TotalRate));
    }
}
