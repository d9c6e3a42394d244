using StageSeconde.Web.Domain;
using static StageSeconde.UnitTests.Domain.AgreementBuilder;

namespace StageSeconde.UnitTests.Domain;

/// <summary>
/// A convention runs Monday to Friday (ADR 0016): the student is never expected on a Saturday its dates do not cover.
/// And it states its evaluation modality before it is submitted.
/// </summary>
public sealed class AgreementDatesAndEvaluationTests
{
    private static IReadOnlyList<DaySchedule> TuesdayToSaturday() =>
        [.. new[] { DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday }
            .Select(d => Some.Day(d, "09:00", "16:00", "12:00", "13:00"))];

    [Theory]
    [InlineData(PeriodOption.Week1, "du lundi 14/06/2027 au vendredi 18/06/2027")]
    [InlineData(PeriodOption.Week2, "du lundi 21/06/2027 au vendredi 25/06/2027")]
    public void A_one_week_convention_with_its_saturday_worked_cannot_be_submitted(PeriodOption period, string dates)
    {
        var builder = AnAgreement().With(Some.Terms(period, TuesdayToSaturday()));
        var agreement = builder.Build();

        var error = Assert.Throws<DomainException>(() => agreement.Submit(Some.FactsFor(agreement, builder.Student), Some.Secretary, Some.Now));

        Assert.Contains($"samedi travaillé alors qu'aucun samedi n'est compris dans les dates de la convention ({dates})", error.Message);
        Assert.Equal(AgreementState.Draft, agreement.State);
    }

    [Fact]
    public void A_two_week_convention_may_have_the_saturday_between_its_weeks_worked()
    {
        var builder = AnAgreement().With(Some.Terms(PeriodOption.BothWeeks, TuesdayToSaturday()));
        var agreement = builder.Build();

        Assert.Empty(agreement.Violations(Some.FactsFor(agreement, builder.Student)));
        Assert.Equal(new DateOnly(2027, 6, 25), agreement.LastDay);
        Assert.Equal(DayOfWeek.Friday, agreement.LastDay.DayOfWeek);
    }

    [Fact]
    public void A_one_week_convention_with_its_saturday_off_is_fine()
    {
        var builder = AnAgreement().With(Some.Terms(PeriodOption.Week2));
        var agreement = builder.Build();

        Assert.Empty(agreement.Violations(Some.FactsFor(agreement, builder.Student)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_convention_without_evaluation_modality_cannot_be_submitted(string? modality)
    {
        var builder = AnAgreement().With(Some.Terms() with { EvaluationModality = modality });
        var agreement = builder.Build();

        var error = Assert.Throws<DomainException>(() => agreement.Submit(Some.FactsFor(agreement, builder.Student), Some.Secretary, Some.Now));

        Assert.Equal("La convention ne peut pas être soumise : Les modalités d'évaluation ne sont pas renseignées : la convention précise comment la séquence est préparée avant et exploitée après.", error.Message);
        Assert.Equal(AgreementState.Draft, agreement.State);
    }

    [Fact]
    public void A_convention_with_its_evaluation_modality_is_submitted()
    {
        var builder = AnAgreement().With(Some.Terms() with { EvaluationModality = "Carnet de bord, mise en commun collective en classe." });
        var agreement = builder.Build();

        agreement.Submit(Some.FactsFor(agreement, builder.Student), Some.Secretary, Some.Now);

        Assert.Equal(AgreementState.Submitted, agreement.State);
    }

    [Fact]
    public void A_day_with_more_breaks_than_a_timetable_holds_is_refused()
    {
        var crowded = Some.Day(DayOfWeek.Monday, "08:00", "17:00", ("09:00", "09:10"), ("10:00", "10:10"), ("12:00", "13:00"), ("15:00", "15:10"));

        var error = Assert.Throws<DomainException>(() => AnAgreement().With(Some.Terms(schedule: [crowded])).Build());

        Assert.Equal("Le lundi compte 4 pauses : 3 au plus.", error.Message);
    }

    [Fact]
    public void Two_breaks_are_kept_and_changing_the_second_one_is_a_change()
    {
        var twoBreaks = Some.Day(DayOfWeek.Monday, "08:30", "16:30", ("12:00", "13:00"), ("15:00", "15:15"));
        var builder = AnAgreement().With(Some.Terms(schedule: [twoBreaks]));
        var agreement = builder.In(AgreementState.Validated);

        agreement.ApplyEdit(Some.Year(), builder.Host, Some.TutorOf(builder.Host),
            Some.Terms(schedule: [Some.Day(DayOfWeek.Monday, "08:30", "16:30", ("12:00", "13:00"), ("15:00", "15:20"))]), Some.Secretary, Some.Now,
            "Pause de l'après-midi allongée.");

        Assert.Equal(AgreementState.Submitted, agreement.State);
        Assert.Equal([Some.Break("12:00", "13:00"), Some.Break("15:00", "15:20")], agreement.Schedule.Single(d => d.Day == DayOfWeek.Monday).Breaks);
    }
}
