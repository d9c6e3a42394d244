using StageSeconde.UnitTests.Domain;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Validation;
using static StageSeconde.UnitTests.Domain.AgreementBuilder;

namespace StageSeconde.UnitTests.Features.Validation;

public sealed class ValidationChecksTests
{
    private static readonly ReferentFacts AvailableReferent = new("Alex PROF", ConvokedDuringAgreement: false, AvailableDuringPeriod: true, IsArchived: false);

    private static CheckFacts AllGood(Agreement agreement, Student student, params AgreementSlot[] others) =>
        new(Some.FactsFor(agreement, student, others), TutorReachable: true, HostHasInsurer: true, GuardianReachable: true, AvailableReferent);

    private static Check Find(IEnumerable<Check> checks, string code) => checks.Single(c => c.Code == code);

    [Fact]
    public void A_complete_lawful_two_week_convention_passes_every_check()
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);

        var checks = ValidationChecks.For(agreement, AllGood(agreement, builder.Student));

        Assert.Equal(8, checks.Count);
        Assert.All(checks, c => Assert.Equal(CheckSeverity.Ok, c.Severity));
        Assert.Equal(checks.Count, checks.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void A_timetable_over_seven_hours_a_day_blocks_with_the_domain_s_explanation()
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);
        agreement.ApplyEdit(Some.Year(), builder.Host, Some.TutorOf(builder.Host),
            Some.Terms(schedule: [.. Some.LawfulWeek().Where(d => d.Day != DayOfWeek.Tuesday), Some.Day(DayOfWeek.Tuesday, "08:00", "17:00", "12:00", "13:30")]),
            Some.Secretary, Some.Now);

        var checks = ValidationChecks.For(agreement, AllGood(agreement, builder.Student));

        var schedule = Find(checks, ValidationChecks.Schedule);
        Assert.Equal(CheckSeverity.Error, schedule.Severity);
        Assert.Equal("Horaires hors limites légales", schedule.Label);
        Assert.Contains("mardi : 7 h 30 de présence", schedule.Detail);
        // The other blocking checks stay green: each problem is reported once, in its own check.
        Assert.True(Find(checks, ValidationChecks.Content).Passed);
        Assert.True(Find(checks, ValidationChecks.Dates).Passed);
    }

    [Fact]
    public void An_overlapping_convention_of_the_student_blocks()
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);
        var other = new AgreementSlot(202, 99, PeriodOption.Week1, Some.FirstDay, Some.FirstDay.AddDays(4), AgreementState.Validated);

        var checks = ValidationChecks.For(agreement, AllGood(agreement, builder.Student, other));

        var dates = Find(checks, ValidationChecks.Dates);
        Assert.True(dates.Blocks);
        Assert.Contains("ne peuvent pas se chevaucher", dates.Detail);
        Assert.Equal(1, checks.Count(c => c.Blocks));
    }

    [Fact]
    public void A_cancelled_convention_of_the_student_is_no_conflict()
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);
        var cancelled = new AgreementSlot(202, 99, PeriodOption.BothWeeks, Some.FirstDay, Some.LastDay, AgreementState.Cancelled);

        var checks = ValidationChecks.For(agreement, AllGood(agreement, builder.Student, cancelled));

        Assert.All(checks, c => Assert.True(c.Passed));
    }

    [Fact]
    public void A_single_week_with_nothing_for_the_other_one_is_a_warning_and_two_weeks_in_two_hosts_are_not()
    {
        var builder = AnAgreement().With(Some.Terms(PeriodOption.Week1));
        var agreement = builder.In(AgreementState.Submitted);

        var alone = Find(ValidationChecks.For(agreement, AllGood(agreement, builder.Student)), ValidationChecks.Coverage);
        var otherWeek = new AgreementSlot(303, 88, PeriodOption.Week2, Some.LastDay.AddDays(-4), Some.LastDay, AgreementState.Draft);
        var covered = Find(ValidationChecks.For(agreement, AllGood(agreement, builder.Student, otherWeek)), ValidationChecks.Coverage);

        Assert.Equal(CheckSeverity.Warning, alone.Severity);
        Assert.Contains("la semaine 2", alone.Detail);
        Assert.True(covered.Passed);
    }

    [Fact]
    public void Missing_tutor_and_guardian_contacts_and_insurer_are_warnings_never_blocking()
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);
        var facts = AllGood(agreement, builder.Student) with { TutorReachable = false, HostHasInsurer = false, GuardianReachable = false };

        var checks = ValidationChecks.For(agreement, facts);

        Assert.Equal(
            [
                (ValidationChecks.Tutor, "Tuteur sans téléphone ni courriel"),
                (ValidationChecks.Insurance, "Assureur non renseigné"),
                (ValidationChecks.Guardian, "Aucun responsable légal joignable"),
            ],
            checks.Where(c => !c.Passed).Select(c => (c.Code, c.Label)));
        Assert.All(checks.Where(c => !c.Passed), c => Assert.Equal(CheckSeverity.Warning, c.Severity));
    }

    [Fact]
    public void No_referent_teacher_blocks_and_the_domain_refuses_to_validate()
    {
        var builder = AnAgreement().With(Some.Terms() with { ReferentTeacherId = null });
        var agreement = builder.In(AgreementState.Submitted);
        var facts = AllGood(agreement, builder.Student) with { Referent = null };

        var referent = Find(ValidationChecks.For(agreement, facts), ValidationChecks.Referent);

        Assert.Equal((CheckSeverity.Error, "Pas de professeur référent"), (referent.Severity, referent.Label));
        var refused = Assert.Throws<DomainException>(() => agreement.Validate(facts.Agreement, Some.Head, Some.Now));
        Assert.Contains("Aucun professeur référent n'est désigné", refused.Message);
        Assert.Equal(AgreementState.Submitted, agreement.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_referent_without_a_phone_number_blocks_and_the_domain_refuses_to_validate(string? phone)
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);
        var facts = AllGood(agreement, builder.Student);
        facts = facts with { Agreement = facts.Agreement with { Referent = Some.Referent(phone) } };

        var referent = Find(ValidationChecks.For(agreement, facts), ValidationChecks.Referent);

        Assert.Equal((CheckSeverity.Error, "Référent sans téléphone"), (referent.Severity, referent.Label));
        Assert.StartsWith("Le professeur référent n'a pas de numéro de téléphone : renseignez celui de Sophie LAMBERT", referent.Detail);
        var refused = Assert.Throws<DomainException>(() => agreement.Validate(facts.Agreement, Some.Head, Some.Now));
        Assert.Contains("Le professeur référent n'a pas de numéro de téléphone", refused.Message);
        Assert.Equal(AgreementState.Submitted, agreement.State);
    }

    [Fact]
    public void A_referent_with_a_phone_number_passes_and_the_convention_is_validated()
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);
        var facts = AllGood(agreement, builder.Student);

        Assert.True(Find(ValidationChecks.For(agreement, facts), ValidationChecks.Referent).Passed);
        agreement.Validate(facts.Agreement, Some.Head, Some.Now);

        Assert.Equal(AgreementState.Validated, agreement.State);
    }

    [Fact]
    public void A_referent_is_not_needed_to_submit()
    {
        var builder = AnAgreement().With(Some.Terms() with { ReferentTeacherId = null });

        var agreement = builder.In(AgreementState.Submitted);

        Assert.Equal(AgreementState.Submitted, agreement.State);
    }

    [Fact]
    public void Facts_about_another_referent_are_a_programming_error()
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);
        var other = new StaffMember("Autre", "Prof", null, "autre@lycee.fr", "0600000000") { Id = 99, SchoolId = Some.SchoolId };
        var facts = Some.FactsFor(agreement, builder.Student) with { Referent = other };

        Assert.Throws<ArgumentException>(() => agreement.Validate(facts, Some.Head, Some.Now));
    }

    [Theory]
    [InlineData(true, true, false, "Référent pris par les examens")]
    [InlineData(false, false, false, "Référent indisponible")]
    [InlineData(false, true, true, "Référent parti de l'établissement")]
    public void A_referent_busy_as_examiner_unavailable_or_gone_is_a_warning(bool busy, bool available, bool archived, string label)
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);
        var facts = AllGood(agreement, builder.Student) with { Referent = new ReferentFacts("Alex PROF", busy, available, archived) };

        var referent = Find(ValidationChecks.For(agreement, facts), ValidationChecks.Referent);

        Assert.Equal((CheckSeverity.Warning, label), (referent.Severity, referent.Label));
        Assert.Contains("Alex PROF", referent.Detail);
    }

    [Fact]
    public void Every_blocking_check_is_something_the_domain_refuses_to_validate()
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);
        agreement.ApplyEdit(Some.Year(), builder.Host, Some.TutorOf(builder.Host),
            Some.Terms(schedule: [Some.Day(DayOfWeek.Monday, "05:00", "14:00")]) with { PlannedActivities = " " }, Some.Secretary, Some.Now);
        var facts = AllGood(agreement, builder.Student);

        var checks = ValidationChecks.For(agreement, facts);

        Assert.Equal([ValidationChecks.Schedule, ValidationChecks.Content], checks.Where(c => c.Blocks).Select(c => c.Code));
        Assert.Contains("activités prévues", Find(checks, ValidationChecks.Content).Detail);
        var refused = Assert.Throws<DomainException>(() => agreement.Validate(facts.Agreement, Some.Head, Some.Now));
        Assert.StartsWith("La convention ne peut pas être validée", refused.Message);
    }

    [Fact]
    public void A_saturday_worked_outside_a_one_week_convention_blocks_as_a_timetable_problem()
    {
        IReadOnlyList<DaySchedule> tuesdayToSaturday = [.. new[] { DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday }
            .Select(d => Some.Day(d, "09:00", "16:00", "12:00", "13:00"))];
        var builder = AnAgreement().With(Some.Terms(PeriodOption.Week1, tuesdayToSaturday));
        var agreement = builder.Build();

        var checks = ValidationChecks.For(agreement, AllGood(agreement, builder.Student));

        var schedule = Find(checks, ValidationChecks.Schedule);
        Assert.Equal((CheckSeverity.Error, "Horaires hors limites légales"), (schedule.Severity, schedule.Label));
        Assert.StartsWith("samedi travaillé alors qu'aucun samedi n'est compris dans les dates de la convention", schedule.Detail);
        Assert.True(Find(checks, ValidationChecks.Content).Passed);
    }
}
