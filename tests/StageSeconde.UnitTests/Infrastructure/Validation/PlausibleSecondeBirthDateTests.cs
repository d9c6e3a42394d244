using FluentValidation;
using Microsoft.Extensions.Time.Testing;
using StageSeconde.Web.Infrastructure.Validation;

namespace StageSeconde.UnitTests.Infrastructure.Validation;

/// <summary>A student of 2nde is between 13 and 20 years old on 1 September of the current school year.</summary>
public sealed class PlausibleSecondeBirthDateTests
{
    private static readonly DateOnly November2026 = new(2026, 11, 28); // school year 2026–2027, rentrée 01/09/2026

    [Theory]
    [InlineData("2013-09-01", true)] // 13 on the day of the rentrée: youngest accepted
    [InlineData("2013-09-02", false)] // still 12 at the rentrée
    [InlineData("2005-09-02", true)] // 20 at the rentrée, 21 the next day: oldest accepted
    [InlineData("2005-09-01", false)] // 21 on the day of the rentrée
    [InlineData("2011-03-14", true)]
    [InlineData("1990-05-01", false)]
    [InlineData("2025-06-15", false)] // born last year
    public void Boundaries_during_the_school_year(string birthDate, bool plausible) =>
        Assert.Equal(plausible, FrenchRules.IsPlausibleSecondeBirthDate(DateOnly.Parse(birthDate), November2026));

    [Fact]
    public void Until_31_august_the_rentree_of_the_previous_september_counts()
    {
        var lastDayOfSchoolYear = new DateOnly(2027, 8, 31);
        Assert.True(FrenchRules.IsPlausibleSecondeBirthDate(new DateOnly(2013, 9, 1), lastDayOfSchoolYear));
        Assert.False(FrenchRules.IsPlausibleSecondeBirthDate(new DateOnly(2014, 9, 1), lastDayOfSchoolYear));
    }

    [Fact]
    public void From_1_september_the_new_rentree_counts()
    {
        var rentree = new DateOnly(2027, 9, 1);
        Assert.True(FrenchRules.IsPlausibleSecondeBirthDate(new DateOnly(2014, 9, 1), rentree));
        Assert.False(FrenchRules.IsPlausibleSecondeBirthDate(new DateOnly(2014, 9, 2), rentree));
        Assert.False(FrenchRules.IsPlausibleSecondeBirthDate(new DateOnly(2006, 9, 1), rentree));
        Assert.True(FrenchRules.IsPlausibleSecondeBirthDate(new DateOnly(2006, 9, 2), rentree));
    }

    private sealed record Student(DateOnly? BirthDate);

    private sealed class StudentValidator : AbstractValidator<Student>
    {
        public StudentValidator(TimeProvider clock) => RuleFor(p => p.BirthDate).PlausibleSecondeBirthDate(clock);
    }

    [Fact]
    public void The_rule_reads_today_in_paris_from_the_injected_clock()
    {
        // 31/08/2026 22:30 UTC is already 01/09/2026 00:30 in Paris: the new school year has begun there.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 8, 31, 22, 30, 0, TimeSpan.Zero));
        var validator = new StudentValidator(clock);

        Assert.True(validator.Validate(new Student(new DateOnly(2013, 9, 1))).IsValid);
        var tooOld = validator.Validate(new Student(new DateOnly(2005, 9, 1)));
        Assert.False(tooOld.IsValid);
        Assert.StartsWith("Date de naissance peu plausible pour un élève de seconde", tooOld.Errors.Single().ErrorMessage);

        // An hour earlier it is 31/08/2026 23:30 in Paris: still the school year 2025–2026, whose students are a year older.
        var dayBefore = new StudentValidator(new FakeTimeProvider(new DateTimeOffset(2026, 8, 31, 21, 30, 0, TimeSpan.Zero)));
        Assert.False(dayBefore.Validate(new Student(new DateOnly(2013, 9, 1))).IsValid);
        Assert.True(dayBefore.Validate(new Student(new DateOnly(2012, 9, 1))).IsValid);
    }

    [Fact]
    public void A_missing_birth_date_is_left_to_the_required_rule()
    {
        var validator = new StudentValidator(new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));
        Assert.True(validator.Validate(new Student(null)).IsValid);
    }
}
