using StageSeconde.Web.Domain;
using static StageSeconde.UnitTests.Domain.AgreementBuilder;

namespace StageSeconde.UnitTests.Domain;

/// <summary>A broken rule that concerns a field names it, so that the form shows the message next to that field.</summary>
public sealed class AgreementErrorFieldsTests
{
    private static DomainException Refused(Action action) => Assert.Throws<DomainException>(action);

    [Fact]
    public void A_missing_edit_reason_concerns_the_reason()
    {
        var agreement = AnAgreement().In(AgreementState.Validated);
        var host = Some.Host();

        var error = Refused(() => agreement.ApplyEdit(Some.Year(), host, Some.TutorOf(host), Some.Terms() with { Remarks = "Changée." }, Some.Secretary, Some.Now, reason: null));

        Assert.Equal(AgreementFields.Reason, error.Field);
    }

    [Fact]
    public void Missing_or_too_long_refusal_and_cancellation_reasons_concern_the_reason()
    {
        Assert.Equal(AgreementFields.Reason, Refused(() => AnAgreement().In(AgreementState.Submitted).Refuse(" ", Some.Head, Some.Now)).Field);
        Assert.Equal(AgreementFields.Reason, Refused(() => AnAgreement().Build().Cancel(null, Some.Secretary, Some.Now)).Field);
        Assert.Equal(AgreementFields.Reason, Refused(() => AnAgreement().Build().Cancel(new string('x', Agreement.ReasonMaxLength + 1), Some.Secretary, Some.Now)).Field);
    }

    [Fact]
    public void A_tutor_of_another_host_concerns_the_tutor_and_an_archived_host_the_host()
    {
        var host = Some.Host();
        var archived = Some.Host(22, "Pharmacie");
        archived.Archive();

        var tutor = Refused(() => Agreement.Draft(Some.Year(), Some.Student(), host, Some.TutorOf(archived), Some.Terms(), Some.Secretary, Some.Now));
        var hostError = Refused(() => Agreement.Draft(Some.Year(), Some.Student(), archived, Some.TutorOf(archived), Some.Terms(), Some.Secretary, Some.Now));

        Assert.Equal(AgreementFields.TutorId, tutor.Field);
        Assert.Equal((AgreementFields.HostId, "La structure d'accueil « Pharmacie » est archivée : choisissez-en une autre."), (hostError.Field, hostError.Message));
    }

    [Fact]
    public void Too_long_planned_activities_concern_the_planned_activities()
    {
        var terms = Some.Terms() with { PlannedActivities = new string('x', Agreement.PlannedActivitiesMaxLength + 1) };

        Assert.Equal(AgreementFields.PlannedActivities, Refused(() => AnAgreement().With(terms).Build()).Field);
    }

    [Fact]
    public void A_signature_date_in_the_future_or_before_the_agreement_concerns_the_date()
    {
        var agreement = AnAgreement().In(AgreementState.Validated);
        agreement.CreatedAt = new DateTime(2027, 4, 30, 22, 30, 0, DateTimeKind.Utc);   // 1 May in Paris

        var future = Refused(() => agreement.RecordSignature(SignatureParty.Student, Some.Today.AddDays(1), SignatureMode.Paper, Some.Secretary, Some.Now));
        var before = Refused(() => agreement.RecordSignature(SignatureParty.Student, new DateOnly(2027, 4, 30), SignatureMode.Paper, Some.Secretary, Some.Now));
        agreement.RecordSignature(SignatureParty.Student, new DateOnly(2027, 5, 1), SignatureMode.Paper, Some.Secretary, Some.Now);

        Assert.Equal((AgreementFields.SignedOn, "La date de signature ne peut pas être dans le futur."), (future.Field, future.Message));
        Assert.Equal((AgreementFields.SignedOn, "La date de signature ne peut pas précéder la création de la convention, le 01/05/2027."), (before.Field, before.Message));
        Assert.Single(agreement.Signatures);
    }

    [Fact]
    public void A_guardian_signature_without_the_guardian_concerns_the_guardian()
    {
        var agreement = AnAgreement().In(AgreementState.Validated);

        Assert.Equal(AgreementFields.GuardianId, Refused(() => agreement.RecordSignature(SignatureParty.Guardian, Some.Today, SignatureMode.Paper, Some.Secretary, Some.Now)).Field);
    }

    [Fact]
    public void A_rule_about_the_whole_agreement_names_no_field()
    {
        Assert.Null(Refused(() => AnAgreement().Build().Validate(Some.FactsFor(AnAgreement().Build(), Some.Student()), Some.Head, Some.Now)).Field);
        Assert.Null(Refused(() => AnAgreement().In(AgreementState.Completed).Cancel("Trop tard.", Some.Secretary, Some.Now)).Field);
    }
}
