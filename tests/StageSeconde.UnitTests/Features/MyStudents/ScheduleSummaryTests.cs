using StageSeconde.UnitTests.Domain;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.MyStudents;

namespace StageSeconde.UnitTests.Features.MyStudents;

public sealed class ScheduleSummaryTests
{
    [Fact]
    public void Identical_consecutive_days_are_written_once()
    {
        Assert.Equal("lundi au vendredi 9 h – 16 h (pause 12 h – 13 h)", ScheduleSummary.Of(Some.LawfulWeek()));
    }

    [Fact]
    public void Different_days_and_days_off_break_the_groups()
    {
        var week = new[]
        {
            Some.Day(DayOfWeek.Monday, "09:00", "16:00", "12:00", "13:00"),
            Some.Day(DayOfWeek.Tuesday, "09:00", "16:00", "12:00", "13:00"),
            Some.Day(DayOfWeek.Wednesday, "08:30", "12:00"),
            DaySchedule.Off(DayOfWeek.Thursday),
            Some.Day(DayOfWeek.Friday, "09:00", "16:00", "12:00", "13:00"),
            Some.Day(DayOfWeek.Saturday, "09:00", "16:00", "12:00", "13:00"),
        };

        Assert.Equal("lundi et mardi 9 h – 16 h (pause 12 h – 13 h) ; mercredi 8 h 30 – 12 h ; vendredi et samedi 9 h – 16 h (pause 12 h – 13 h)",
            ScheduleSummary.Of(week));
    }

    [Fact]
    public void A_week_without_hours_says_so()
    {
        Assert.Equal("Horaires non renseignés", ScheduleSummary.Of([DaySchedule.Off(DayOfWeek.Monday)]));
    }
}
