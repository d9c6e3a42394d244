using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

public sealed class FrenchTimeTests
{
    [Theory]
    [InlineData(7, 30, "7 h 30")]
    [InlineData(8, 0, "8 h")]
    [InlineData(0, 45, "45 min")]
    [InlineData(35, 5, "35 h 05")]
    [InlineData(0, 0, "0 min")]
    public void Durations_are_written_the_french_way(int hours, int minutes, string expected) =>
        Assert.Equal(expected, FrenchTime.Duration(new TimeSpan(hours, minutes, 0)));

    [Theory]
    [InlineData(20, 1, "20 h 01")]
    [InlineData(6, 0, "6 h")]
    [InlineData(12, 30, "12 h 30")]
    public void Times_of_day_are_written_the_french_way(int hour, int minute, string expected) =>
        Assert.Equal(expected, FrenchTime.TimeOfDay(new TimeOnly(hour, minute)));

    [Fact]
    public void Days_are_named_in_french() =>
        Assert.Equal(
            ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday }
                .Select(FrenchTime.DayName));
}
