using System.Globalization;
using StageSeconde.Web.Domain;
using static StageSeconde.UnitTests.Domain.AgreementBuilder;

namespace StageSeconde.UnitTests.Domain;

/// <summary>The legal limits depend on the student's age on the first day of the sequence (here Monday 14 June 2027).</summary>
public sealed class AgreementAgeTests
{
    /// <summary>Monday 15 h – 21 h 30 with a break: lawful from 16 on, night work under 16.</summary>
    private static readonly AgreementTerms LateMonday =
        Some.Terms(schedule: [Some.Day(DayOfWeek.Monday, "15:00", "21:30", "18:00", "18:30")]);

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2012-06-13", 15)] // 15th birthday the day before
    [InlineData("2012-06-14", 15)] // 15th birthday on the first day
    [InlineData("2012-06-15", 14)] // 15th birthday the day after
    [InlineData("2011-06-13", 16)]
    [InlineData("2011-06-14", 16)]
    [InlineData("2011-06-15", 15)]
    [InlineData("2010-06-13", 17)]
    [InlineData("2010-06-14", 17)]
    [InlineData("2010-06-15", 16)]
    public void The_age_on_the_first_day_counts_a_birthday_falling_on_it(string birthDate, int age)
    {
        var agreement = AnAgreement().Build();

        Assert.Equal(age, Some.Student(Date(birthDate)).AgeOn(agreement.FirstDay));
    }

    [Theory]
    [InlineData("2011-06-13", true)]  // 16 the day before: 16–17 limits
    [InlineData("2011-06-14", true)]  // 16 on the first day: 16–17 limits
    [InlineData("2011-06-15", false)] // 16 the day after: still 15 on the first day
    [InlineData("2010-06-15", true)]  // 17 the day after: 16
    [InlineData("2009-06-14", true)]  // 18 on the first day: treated as 16–17
    public void Working_until_21_h_30_depends_on_the_age_on_the_first_day(string birthDate, bool lawful)
    {
        var student = Some.Student(Date(birthDate));
        var agreement = AnAgreement().For(student).With(LateMonday).Build();

        var violations = agreement.Violations(Some.FactsFor(agreement, student));

        Assert.Equal(lawful, !violations.Any(v => v.Contains("interdite entre 20 h et 6 h avant 16 ans", StringComparison.Ordinal)));
        Assert.Equal(lawful ? 0 : 1, violations.Count);
    }

    [Fact]
    public void A_second_week_agreement_counts_the_age_on_its_own_first_day()
    {
        var student = Some.Student(Date("2011-06-18")); // 15 on 14 June, 16 on 21 June
        var agreement = AnAgreement().For(student).With(LateMonday with { Period = PeriodOption.Week2 }).Build();

        Assert.Empty(agreement.Violations(Some.FactsFor(agreement, student)));
    }
}
