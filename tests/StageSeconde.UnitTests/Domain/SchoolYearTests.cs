using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

public sealed class SchoolYearTests
{
    [Theory]
    [InlineData(2023, "2024-06-17", "2024-06-28")]
    [InlineData(2024, "2025-06-16", "2025-06-27")]
    [InlineData(2025, "2026-06-15", "2026-06-26")]
    [InlineData(2026, "2027-06-14", "2027-06-25")]
    public void The_default_period_is_the_two_weeks_ending_on_the_last_friday_before_the_first_of_july(int startYear, string start, string end)
    {
        var (first, last) = SchoolYear.DefaultObservationPeriod(startYear);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), first);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), last);
        Assert.Equal(DayOfWeek.Monday, first.DayOfWeek);
        Assert.Equal(DayOfWeek.Friday, last.DayOfWeek);
    }

    [Fact]
    public void A_new_year_is_current_with_the_default_period_and_its_two_weeks()
    {
        var year = SchoolYear.Create(schoolId: 3, startYear: 2026);

        Assert.True(year.IsCurrent);
        Assert.Equal("2026-2027", year.Label);
        Assert.Equal((new DateOnly(2027, 6, 14), new DateOnly(2027, 6, 18)), (year.Week1Start, year.Week1End));
        Assert.Equal((new DateOnly(2027, 6, 21), new DateOnly(2027, 6, 25)), (year.Week2Start, year.Week2End));
        Assert.True(year.HasDefaultObservationPeriod);
    }

    [Fact]
    public void The_period_can_move_to_other_weeks_starting_on_a_monday()
    {
        var year = SchoolYear.Create(3, 2026);

        year.ChangeObservationPeriod(new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 18));

        Assert.Equal(new DateOnly(2027, 6, 7), year.ObservationStart);
        Assert.Equal(new DateOnly(2027, 6, 18), year.ObservationEnd);
        Assert.False(year.HasDefaultObservationPeriod);
    }

    [Fact]
    public void A_period_that_does_not_start_on_a_monday_is_refused()
    {
        var year = SchoolYear.Create(3, 2026);

        var error = Assert.Throws<DomainException>(() => year.ChangeObservationPeriod(new DateOnly(2027, 6, 16), new DateOnly(2027, 6, 27)));

        Assert.Equal("La période d'observation doit commencer un lundi.", error.Message);
        Assert.Equal(new DateOnly(2027, 6, 14), year.ObservationStart);
    }

    [Theory]
    [InlineData("2027-06-18")] // one week
    [InlineData("2027-06-24")] // a Thursday
    [InlineData("2027-06-27")] // the Sunday after
    public void A_period_that_is_not_two_monday_to_friday_weeks_is_refused(string end)
    {
        var year = SchoolYear.Create(3, 2026);

        var error = Assert.Throws<DomainException>(() =>
            year.ChangeObservationPeriod(new DateOnly(2027, 6, 14), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains("deux semaines", error.Message);
        Assert.Equal(new DateOnly(2027, 6, 25), year.ObservationEnd);
    }

    [Fact]
    public void A_period_outside_the_school_year_is_refused()
    {
        var year = SchoolYear.Create(3, 2026);

        var error = Assert.Throws<DomainException>(() => year.ChangeObservationPeriod(new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 26)));

        Assert.Contains("année scolaire 2026-2027", error.Message);
    }

    [Fact]
    public void Restoring_the_default_period_undoes_a_change()
    {
        var year = SchoolYear.Create(3, 2026);
        year.ChangeObservationPeriod(new DateOnly(2027, 5, 31), new DateOnly(2027, 6, 11));

        year.RestoreDefaultObservationPeriod();

        Assert.Equal((new DateOnly(2027, 6, 14), new DateOnly(2027, 6, 25)), (year.ObservationStart, year.ObservationEnd));
    }

    [Fact]
    public void The_next_year_becomes_current_with_its_default_period_and_the_previous_one_no_longer_is()
    {
        var year = SchoolYear.Create(3, 2025);

        var next = SchoolYear.OpenNext([year]);

        Assert.False(year.IsCurrent);
        Assert.True(next.IsCurrent);
        Assert.Equal((3, 2026), (next.SchoolId, next.StartYear));
        Assert.Equal((new DateOnly(2027, 6, 14), new DateOnly(2027, 6, 25)), (next.ObservationStart, next.ObservationEnd));
    }

    [Theory]
    [InlineData("2026-08-31", 2025)]
    [InlineData("2026-09-01", 2026)]
    [InlineData("2027-06-20", 2026)]
    public void A_date_belongs_to_the_school_year_that_started_the_first_of_september_before_it(string date, int startYear) =>
        Assert.Equal(startYear, SchoolYear.StartYearOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
