using StageSeconde.Web.Domain;
using static StageSeconde.UnitTests.Domain.AgreementBuilder;

namespace StageSeconde.UnitTests.Domain;

public sealed class AgreementSignatureTests
{
    private static void Sign(Agreement agreement, SignatureParty party, int? guardianId = null, DateOnly? on = null) =>
        agreement.RecordSignature(party, on ?? Some.Today, SignatureMode.Paper, Some.Secretary, Some.Now, guardianId);

    [Fact]
    public void A_signature_is_recorded_with_its_date_mode_and_recorder()
    {
        var agreement = AnAgreement().In(AgreementState.InSignature);

        agreement.RecordSignature(SignatureParty.Guardian, new DateOnly(2027, 5, 2), SignatureMode.Electronic, Some.Secretary, Some.Now, guardianId: 51);

        var signature = Assert.Single(agreement.Signatures);
        Assert.Equal(
            (SignatureParty.Guardian, (int?)51, new DateOnly(2027, 5, 2), SignatureMode.Electronic, "secretariat@lycee.fr", Some.Now.UtcDateTime),
            (signature.Party, signature.GuardianId, signature.SignedOn, signature.Mode, signature.RecordedBy, signature.RecordedAt));
    }

    [Fact]
    public void A_first_signature_on_a_validated_agreement_starts_the_signature_phase()
    {
        var agreement = AnAgreement().In(AgreementState.Validated);

        Sign(agreement, SignatureParty.HostRepresentative);

        Assert.Equal(AgreementState.InSignature, agreement.State);
        Assert.Equal((AgreementState.Validated, AgreementState.InSignature), (agreement.Transitions[^1].From!.Value, agreement.Transitions[^1].To));
        Assert.Single(agreement.Signatures);
    }

    [Fact]
    public void The_agreement_is_signed_once_the_head_the_host_the_student_and_a_guardian_have_signed()
    {
        var agreement = AnAgreement().In(AgreementState.InSignature);

        Sign(agreement, SignatureParty.Guardian, guardianId: 51);
        Sign(agreement, SignatureParty.Student);
        Sign(agreement, SignatureParty.HostRepresentative);
        Assert.Equal(AgreementState.InSignature, agreement.State);
        Assert.Equal([SignatureParty.SchoolHead], agreement.MissingSignatures);

        Sign(agreement, SignatureParty.SchoolHead);

        Assert.Equal(AgreementState.Signed, agreement.State);
        Assert.Empty(agreement.MissingSignatures);
        Assert.Equal("Toutes les signatures requises sont enregistrées.", agreement.Transitions[^1].Comment);
    }

    [Fact]
    public void Without_a_guardian_the_agreement_is_not_signed()
    {
        var agreement = AnAgreement().In(AgreementState.InSignature);

        Sign(agreement, SignatureParty.SchoolHead);
        Sign(agreement, SignatureParty.HostRepresentative);
        Sign(agreement, SignatureParty.Student);

        Assert.Equal(AgreementState.InSignature, agreement.State);
        Assert.Equal([SignatureParty.Guardian], agreement.MissingSignatures);
    }

    [Fact]
    public void A_second_guardian_may_still_sign_a_signed_agreement()
    {
        var agreement = AnAgreement().In(AgreementState.Signed);

        Sign(agreement, SignatureParty.Guardian, guardianId: 52);

        Assert.Equal(AgreementState.Signed, agreement.State);
        Assert.Equal(5, agreement.Signatures.Count);
    }

    [Theory]
    [InlineData(SignatureParty.SchoolHead)]
    [InlineData(SignatureParty.HostRepresentative)]
    [InlineData(SignatureParty.Student)]
    public void A_party_of_a_signed_agreement_cannot_sign_again(SignatureParty party)
    {
        var agreement = AnAgreement().In(AgreementState.Signed);

        var error = Assert.Throws<DomainException>(() => Sign(agreement, party));

        Assert.Equal("La convention est déjà signée par toutes les parties requises.", error.Message);
    }

    [Theory]
    [InlineData(AgreementState.Draft)]
    [InlineData(AgreementState.Submitted)]
    [InlineData(AgreementState.Refused)]
    [InlineData(AgreementState.Completed)]
    [InlineData(AgreementState.Cancelled)]
    public void Signatures_are_recorded_only_once_the_agreement_is_validated(AgreementState state)
    {
        var agreement = AnAgreement().In(state);
        var signatures = agreement.Signatures.Count;

        Assert.Throws<DomainException>(() => Sign(agreement, SignatureParty.Guardian, guardianId: 52));

        Assert.Equal(state, agreement.State);
        Assert.Equal(signatures, agreement.Signatures.Count);
    }

    [Fact]
    public void The_same_signature_cannot_be_recorded_twice()
    {
        var agreement = AnAgreement().In(AgreementState.InSignature);
        Sign(agreement, SignatureParty.Student);
        Sign(agreement, SignatureParty.Guardian, guardianId: 51);

        Assert.Equal("Cette signature est déjà enregistrée.", Assert.Throws<DomainException>(() => Sign(agreement, SignatureParty.Student)).Message);
        Assert.Throws<DomainException>(() => Sign(agreement, SignatureParty.Guardian, guardianId: 51));
        Assert.Equal(2, agreement.Signatures.Count);
    }

    [Fact]
    public void A_guardian_signature_names_the_guardian()
    {
        var agreement = AnAgreement().In(AgreementState.InSignature);

        var error = Assert.Throws<DomainException>(() => Sign(agreement, SignatureParty.Guardian));

        Assert.Equal("Indiquez le responsable légal qui a signé.", error.Message);
        Assert.Throws<ArgumentException>(() => Sign(agreement, SignatureParty.Student, guardianId: 51));
    }

    [Fact]
    public void A_signature_cannot_be_dated_in_the_future()
    {
        var agreement = AnAgreement().In(AgreementState.InSignature);

        Assert.Throws<DomainException>(() => Sign(agreement, SignatureParty.Student, on: Some.Today.AddDays(2)));
        Assert.Empty(agreement.Signatures);
    }

    [Fact]
    public void Tomorrow_in_Paris_is_the_future_even_late_in_the_utc_day()
    {
        var agreement = AnAgreement().In(AgreementState.InSignature);
        var noonInParis = new DateTimeOffset(2027, 5, 3, 10, 0, 0, TimeSpan.Zero);
        var lateEvening = new DateTimeOffset(2027, 5, 3, 22, 30, 0, TimeSpan.Zero);   // already 4 May in Paris

        Assert.Throws<DomainException>(() => agreement.RecordSignature(SignatureParty.Student, new DateOnly(2027, 5, 4), SignatureMode.Paper, Some.Secretary, noonInParis));
        agreement.RecordSignature(SignatureParty.Student, new DateOnly(2027, 5, 4), SignatureMode.Paper, Some.Secretary, lateEvening);
        Assert.Single(agreement.Signatures);
    }
}
