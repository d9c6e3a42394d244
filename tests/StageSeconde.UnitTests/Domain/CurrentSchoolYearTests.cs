using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

/// <summary>« Only one current school year », at its boundaries.</summary>
public sealed class CurrentSchoolYearTests
{
    [Fact]
    public void Making_a_year_current_leaves_no_other_year_of_the_school_current()
    {
        var older = SchoolYear.Create(3, 2024);
        var previous = SchoolYear.Create(3, 2025);
        var year = SchoolYear.Create(3, 2026);
        previous.MakeCurrent([older, year]);

        year.MakeCurrent([older, previous, year]);

        Assert.Equal([false, false, true], new[] { older, previous, year }.Select(y => y.IsCurrent));
    }

    [Fact]
    public void Making_a_year_current_does_not_touch_another_schools_years()
    {
        var mine = SchoolYear.Create(3, 2026);
        var theirs = SchoolYear.Create(4, 2026);

        mine.MakeCurrent([theirs]);

        Assert.True(theirs.IsCurrent);
    }

    [Fact]
    public void The_next_year_follows_the_current_one_and_becomes_the_only_current_year()
    {
        var later = SchoolYear.Create(3, 2027);
        var current = SchoolYear.Create(3, 2025);
        current.MakeCurrent([later]);

        var next = SchoolYear.OpenNext([later, current]);

        Assert.Equal(2026, next.StartYear);
        Assert.True(next.IsCurrent);
        Assert.False(current.IsCurrent);
        Assert.False(later.IsCurrent);
    }

    [Fact]
    public void Without_a_current_year_the_next_one_follows_the_latest()
    {
        var first = SchoolYear.Create(3, 2024);
        var latest = SchoolYear.Create(3, 2025);
        SchoolYear.Create(3, 2023).MakeCurrent([first, latest]);

        Assert.Equal(2026, SchoolYear.OpenNext([first, latest]).StartYear);
    }

    [Fact]
    public void The_next_year_is_refused_when_it_exists_or_when_there_is_no_year_at_all()
    {
        var current = SchoolYear.Create(3, 2025);
        var next = SchoolYear.Create(3, 2026);
        next.MakeCurrent([]);
        current.MakeCurrent([next]);

        Assert.Equal("L'année scolaire 2026-2027 existe déjà.", Assert.Throws<DomainException>(() => SchoolYear.OpenNext([current, next])).Message);
        Assert.True(current.IsCurrent);
        Assert.Throws<DomainException>(() => SchoolYear.OpenNext([]));
    }

    [Fact]
    public void The_first_year_is_the_one_today_falls_in_and_only_for_a_school_without_years()
    {
        var first = SchoolYear.CreateFirst(3, new DateOnly(2026, 9, 1), []);

        Assert.Equal((3, 2026, true), (first.SchoolId, first.StartYear, first.IsCurrent));
        Assert.Throws<DomainException>(() => SchoolYear.CreateFirst(3, new DateOnly(2026, 9, 1), [first]));
    }
}
