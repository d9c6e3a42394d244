using StageSeconde.Web.Domain;
using static StageSeconde.UnitTests.Domain.AgreementBuilder;

namespace StageSeconde.UnitTests.Domain;

public sealed class AgreementLifecycleTests
{
    /// <summary>Every state but the given one(s): a transition must be refused from each of them.</summary>
    public static TheoryData<AgreementState> StatesBut(AgreementState allowed) => AllStatesExcept(allowed);

    public static TheoryData<AgreementState> StatesBut(AgreementState allowed, AgreementState alsoAllowed) => AllStatesExcept(allowed, alsoAllowed);

    private static TheoryData<AgreementState> AllStatesExcept(params AgreementState[] allowed) =>
        new(Enum.GetValues<AgreementState>().Except(allowed));

    private static void AssertRefused(Agreement agreement, Action transition)
    {
        var before = agreement.State;
        var history = agreement.Transitions.Count;

        Assert.Throws<DomainException>(transition);

        Assert.Equal(before, agreement.State);
        Assert.Equal(history, agreement.Transitions.Count);
    }

    private static AgreementTransition Last(Agreement agreement) => agreement.Transitions[^1];

    // Creation

    [Fact]
    public void A_draft_keeps_the_id_of_the_form_that_created_it()
    {
        var request = Guid.NewGuid();
        var host = Some.Host();

        var fromForm = Agreement.Draft(Some.Year(), Some.Student(), host, Some.TutorOf(host), Some.Terms(), Some.Secretary, Some.Now, request);
        var fromElsewhere = AnAgreement().Build();

        Assert.Equal(request, fromForm.CreationRequestId);
        Assert.Null(fromElsewhere.CreationRequestId);
        Assert.Throws<ArgumentException>(() => Agreement.Draft(Some.Year(), Some.Student(), host, Some.TutorOf(host), Some.Terms(), Some.Secretary, Some.Now, Guid.Empty));
    }

    [Fact]
    public void A_new_agreement_is_a_draft_whose_creation_is_recorded()
    {
        var agreement = AnAgreement().Build();

        Assert.Equal(AgreementState.Draft, agreement.State);
        var created = Assert.Single(agreement.Transitions);
        Assert.Null(created.From);
        Assert.Equal(AgreementState.Draft, created.To);
        Assert.Equal("secretariat@lycee.fr", created.ByUserName);
        Assert.Equal(31, created.ByStaffId);
        Assert.Equal(Some.Now.UtcDateTime, created.At);
        Assert.Equal(DateTimeKind.Utc, created.At.Kind);
        Assert.Equal(Some.SchoolId, created.SchoolId);
    }

    [Fact]
    public void Every_step_of_a_complete_lifecycle_is_recorded_in_order()
    {
        var agreement = AnAgreement().In(AgreementState.Completed);

        (AgreementState?, AgreementState)[] expected =
        [
            (null, AgreementState.Draft),
            (AgreementState.Draft, AgreementState.Submitted),
            (AgreementState.Submitted, AgreementState.Validated),
            (AgreementState.Validated, AgreementState.InSignature),
            (AgreementState.InSignature, AgreementState.Signed),
            (AgreementState.Signed, AgreementState.Completed),
        ];
        Assert.Equal(expected, agreement.Transitions.Select(t => (t.From, t.To)));
    }

    // Submit: Brouillon → Soumise

    [Fact]
    public void Submitting_a_lawful_draft_makes_it_submitted()
    {
        var builder = AnAgreement();
        var agreement = builder.Build();

        agreement.Submit(Some.FactsFor(agreement, builder.Student), Some.Secretary, Some.Now);

        Assert.Equal(AgreementState.Submitted, agreement.State);
        Assert.Equal((AgreementState.Draft, AgreementState.Submitted), (Last(agreement).From!.Value, Last(agreement).To));
    }

    [Theory, MemberData(nameof(StatesBut), AgreementState.Draft)]
    public void Only_a_draft_can_be_submitted(AgreementState state)
    {
        var builder = AnAgreement();
        var agreement = builder.In(state);

        AssertRefused(agreement, () => agreement.Submit(Some.FactsFor(agreement, builder.Student), Some.Secretary, Some.Now));
    }

    [Fact]
    public void A_draft_over_the_daily_limit_cannot_be_submitted()
    {
        var builder = AnAgreement().With(Some.Terms(schedule: [Some.Day(DayOfWeek.Tuesday, "08:00", "16:30", "12:00", "13:00")]));
        var agreement = builder.Build();

        var error = Assert.Throws<DomainException>(() => agreement.Submit(Some.FactsFor(agreement, builder.Student), Some.Secretary, Some.Now));

        Assert.Equal("La convention ne peut pas être soumise : mardi : 7 h 30 de présence, maximum 7 h.", error.Message);
        Assert.Equal(AgreementState.Draft, agreement.State);
    }

    [Fact]
    public void A_draft_overlapping_another_agreement_of_the_student_cannot_be_submitted()
    {
        var builder = AnAgreement();
        var agreement = builder.Build();
        var other = new AgreementSlot(900, 22, PeriodOption.Week2, new DateOnly(2027, 6, 21), new DateOnly(2027, 6, 25), AgreementState.Signed);

        var error = Assert.Throws<DomainException>(() => agreement.Submit(Some.FactsFor(agreement, builder.Student, other), Some.Secretary, Some.Now));

        Assert.Contains("ne peuvent pas se chevaucher", error.Message);
    }

    [Fact]
    public void An_incomplete_draft_lists_what_is_missing()
    {
        var host = Some.Host();
        host.UpdateDetails(host.Details with { RepresentativeName = "" });
        var builder = AnAgreement().At(host).With(Some.Terms() with { PlannedActivities = " ", TargetSkills = TargetSkills.None, EvaluationModality = "  " });
        var agreement = builder.Build();

        Assert.Equal(
            [
                "Le signataire de la structure d'accueil (nom et fonction) n'est pas renseigné",
                "Les activités prévues ne sont pas renseignées",
                "Aucune compétence visée n'est cochée",
                "Les modalités d'évaluation ne sont pas renseignées : la convention précise comment la séquence est préparée avant et exploitée après",
            ],
            agreement.Violations(Some.FactsFor(agreement, builder.Student)));
    }

    // Validate: Soumise → Validée

    [Fact]
    public void Validating_a_submitted_agreement_records_the_head()
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);

        agreement.Validate(Some.FactsFor(agreement, builder.Student), Some.Head, Some.Now);

        Assert.Equal(AgreementState.Validated, agreement.State);
        Assert.Equal("proviseure@lycee.fr", Last(agreement).ByUserName);
        Assert.Equal(32, Last(agreement).ByStaffId);
    }

    [Theory, MemberData(nameof(StatesBut), AgreementState.Submitted)]
    public void Only_a_submitted_agreement_can_be_validated(AgreementState state)
    {
        var builder = AnAgreement();
        var agreement = builder.In(state);

        AssertRefused(agreement, () => agreement.Validate(Some.FactsFor(agreement, builder.Student), Some.Head, Some.Now));
    }

    [Fact]
    public void A_submitted_agreement_that_now_breaks_a_rule_cannot_be_validated()
    {
        var builder = AnAgreement();
        var agreement = builder.In(AgreementState.Submitted);
        var sameWeek = new AgreementSlot(900, 22, PeriodOption.Week1, new DateOnly(2027, 6, 14), new DateOnly(2027, 6, 18), AgreementState.Draft);

        var error = Assert.Throws<DomainException>(() => agreement.Validate(Some.FactsFor(agreement, builder.Student, sameWeek), Some.Head, Some.Now));

        Assert.StartsWith("La convention ne peut pas être validée : ", error.Message);
        Assert.Equal(AgreementState.Submitted, agreement.State);
    }

    // Refuse: Soumise → Refusée, with a reason

    [Fact]
    public void Refusing_a_submitted_agreement_keeps_the_reason()
    {
        var agreement = AnAgreement().In(AgreementState.Submitted);

        agreement.Refuse("  Le samedi n'est pas possible.  ", Some.Head, Some.Now);

        Assert.Equal(AgreementState.Refused, agreement.State);
        Assert.Equal("Le samedi n'est pas possible.", agreement.RefusalReason);
        Assert.Equal("Le samedi n'est pas possible.", Last(agreement).Comment);
    }

    [Theory, MemberData(nameof(StatesBut), AgreementState.Submitted)]
    public void Only_a_submitted_agreement_can_be_refused(AgreementState state)
    {
        var agreement = AnAgreement().In(state);

        AssertRefused(agreement, () => agreement.Refuse("Motif.", Some.Head, Some.Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_refusal_needs_a_reason(string? reason)
    {
        var agreement = AnAgreement().In(AgreementState.Submitted);

        var error = Assert.Throws<DomainException>(() => agreement.Refuse(reason, Some.Head, Some.Now));

        Assert.Equal("Le motif du refus est obligatoire.", error.Message);
        Assert.Equal(AgreementState.Submitted, agreement.State);
    }

    [Fact]
    public void A_reason_is_at_most_a_thousand_characters()
    {
        var agreement = AnAgreement().In(AgreementState.Submitted);

        Assert.Throws<DomainException>(() => agreement.Refuse(new string('x', Agreement.ReasonMaxLength + 1), Some.Head, Some.Now));
        agreement.Refuse(new string('x', Agreement.ReasonMaxLength), Some.Head, Some.Now);
        Assert.Equal(AgreementState.Refused, agreement.State);
    }

    // ReturnToDraft: Refusée → Brouillon

    [Fact]
    public void A_refused_agreement_goes_back_to_draft_for_correction()
    {
        var agreement = AnAgreement().In(AgreementState.Refused);

        agreement.ReturnToDraft(Some.Secretary, Some.Now);

        Assert.Equal(AgreementState.Draft, agreement.State);
        Assert.Equal(AgreementState.Refused, Last(agreement).From);
    }

    [Theory, MemberData(nameof(StatesBut), AgreementState.Refused)]
    public void Only_a_refused_agreement_goes_back_to_draft(AgreementState state)
    {
        var agreement = AnAgreement().In(state);

        AssertRefused(agreement, () => agreement.ReturnToDraft(Some.Secretary, Some.Now));
    }

    // StartSignature: Validée → En signature

    [Fact]
    public void The_signature_phase_starts_on_a_validated_agreement()
    {
        var agreement = AnAgreement().In(AgreementState.Validated);

        agreement.StartSignature(Some.Secretary, Some.Now);

        Assert.Equal(AgreementState.InSignature, agreement.State);
    }

    [Theory, MemberData(nameof(StatesBut), AgreementState.Validated)]
    public void Only_a_validated_agreement_starts_its_signature_phase(AgreementState state)
    {
        var agreement = AnAgreement().In(state);

        AssertRefused(agreement, () => agreement.StartSignature(Some.Secretary, Some.Now));
    }

    // Complete: Signée → Terminée, after the last day

    [Fact]
    public void A_signed_agreement_is_completed_the_day_after_its_last_day()
    {
        var agreement = AnAgreement().In(AgreementState.Signed);

        agreement.Complete(new DateOnly(2027, 6, 26), Some.Secretary, Some.Now);

        Assert.Equal(AgreementState.Completed, agreement.State);
    }

    [Fact]
    public void A_signed_agreement_is_not_completed_on_its_last_day()
    {
        var agreement = AnAgreement().In(AgreementState.Signed);

        var error = Assert.Throws<DomainException>(() => agreement.Complete(new DateOnly(2027, 6, 25), Some.Secretary, Some.Now));

        Assert.Equal("La convention ne peut être terminée qu'après son dernier jour, le 25/06/2027.", error.Message);
        Assert.Equal(AgreementState.Signed, agreement.State);
    }

    [Theory, MemberData(nameof(StatesBut), AgreementState.Signed)]
    public void Only_a_signed_agreement_can_be_completed(AgreementState state)
    {
        var agreement = AnAgreement().In(state);

        AssertRefused(agreement, () => agreement.Complete(new DateOnly(2027, 7, 1), Some.Secretary, Some.Now));
    }

    // Cancel: any state before Terminée → Annulée, with a reason

    [Theory, MemberData(nameof(StatesBut), AgreementState.Completed, AgreementState.Cancelled)]
    public void An_agreement_can_be_cancelled_before_it_is_completed(AgreementState state)
    {
        var agreement = AnAgreement().In(state);

        agreement.Cancel("La famille a déménagé.", Some.Secretary, Some.Now);

        Assert.Equal(AgreementState.Cancelled, agreement.State);
        Assert.Equal("La famille a déménagé.", agreement.CancellationReason);
        Assert.Equal((state, "La famille a déménagé."), (Last(agreement).From!.Value, Last(agreement).Comment));
    }

    [Theory]
    [InlineData(AgreementState.Completed)]
    [InlineData(AgreementState.Cancelled)]
    public void A_completed_or_cancelled_agreement_cannot_be_cancelled(AgreementState state)
    {
        var agreement = AnAgreement().In(state);

        AssertRefused(agreement, () => agreement.Cancel("Motif.", Some.Secretary, Some.Now));
    }

    [Fact]
    public void A_cancellation_needs_a_reason()
    {
        var agreement = AnAgreement().In(AgreementState.Validated);

        var error = Assert.Throws<DomainException>(() => agreement.Cancel(" ", Some.Secretary, Some.Now));

        Assert.Equal("Le motif de l'annulation est obligatoire.", error.Message);
        Assert.Equal(AgreementState.Validated, agreement.State);
    }
}
