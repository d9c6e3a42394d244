using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Placement;

namespace StageSeconde.UnitTests.Features.Placement;

public sealed class BoardFilterTests
{
    [Fact]
    public void Every_situation_reads_back_from_its_slug()
    {
        foreach (var situation in Enum.GetValues<Situation>())
        {
            var filter = BoardFilter.Parse(BoardFilter.SlugOf(situation));
            Assert.Equal(situation, filter.Situation);
            Assert.True(filter.Matches(situation));
            Assert.All(Enum.GetValues<Situation>().Where(s => s != situation), other => Assert.False(filter.Matches(other)));
        }
    }

    [Fact]
    public void To_do_keeps_the_situations_needing_action()
    {
        var filter = BoardFilter.Parse("a-traiter");

        Assert.Equal(BoardFilter.NeedingAction, filter);
        Assert.Equal(
            [Situation.NoSolution, Situation.Searching, Situation.PartiallyCovered],
            Enum.GetValues<Situation>().Where(filter.Matches));
        Assert.Equal("À traiter", filter.Label);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("n-importe-quoi")]
    public void An_empty_or_unknown_value_shows_every_student(string? slug)
    {
        var filter = BoardFilter.Parse(slug);

        Assert.Equal(BoardFilter.All, filter);
        Assert.Null(filter.Slug);
        Assert.All(Enum.GetValues<Situation>(), s => Assert.True(filter.Matches(s)));
    }

    [Fact]
    public void Slugs_ignore_case_and_spaces() =>
        Assert.Equal(Situation.Snu, BoardFilter.Parse(" SNU ").Situation);
}
