using StageSeconde.Web.Domain;
using static StageSeconde.UnitTests.Domain.AgreementBuilder;

namespace StageSeconde.UnitTests.Domain;

public sealed class AgreementPeriodChangeTests
{
    /// <summary>The 2026–2027 year moved one week earlier: 7 to 18 June 2027.</summary>
    private static SchoolYear Moved()
    {
        var year = Some.Year();
        year.ChangeObservationPeriod(new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 18));
        return year;
    }

    [Theory]
    [InlineData(PeriodOption.Week1, "2027-06-07", "2027-06-11")]
    [InlineData(PeriodOption.Week2, "2027-06-14", "2027-06-18")]
    [InlineData(PeriodOption.BothWeeks, "2027-06-07", "2027-06-18")]
    public void Each_week_moves_to_the_same_week_of_the_new_period(PeriodOption period, string first, string last)
    {
        var agreement = AnAgreement().With(Some.Terms(period)).Build();

        var backToValidation = agreement.FollowObservationPeriod(Moved(), Some.Head, Some.Now);

        Assert.False(backToValidation);
        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)),
            (agreement.FirstDay, agreement.LastDay));
        Assert.Equal(AgreementState.Draft, agreement.State);
    }

    [Theory]
    [InlineData(AgreementState.Draft)]
    [InlineData(AgreementState.Submitted)]
    [InlineData(AgreementState.Refused)]
    public void A_convention_before_validation_keeps_its_state(AgreementState state)
    {
        var agreement = AnAgreement().In(state);

        Assert.False(agreement.FollowObservationPeriod(Moved(), Some.Head, Some.Now));

        Assert.Equal(state, agreement.State);
        Assert.Equal(new DateOnly(2027, 6, 7), agreement.FirstDay);
    }

    [Theory]
    [InlineData(AgreementState.Validated)]
    [InlineData(AgreementState.InSignature)]
    [InlineData(AgreementState.Signed)]
    public void A_validated_or_signed_convention_goes_back_to_validation_without_its_signatures(AgreementState state)
    {
        var agreement = AnAgreement().In(state);
        var hadSignatures = agreement.Signatures.Count;

        Assert.True(agreement.FollowObservationPeriod(Moved(), Some.Head, Some.Now));

        Assert.Equal(AgreementState.Submitted, agreement.State);
        Assert.Empty(agreement.Signatures);
        Assert.Equal((new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 18)), (agreement.FirstDay, agreement.LastDay));
        var last = agreement.Transitions[^1];
        Assert.Contains("Période d'observation modifiée : la convention passe des dates 14/06/2027 – 25/06/2027 aux dates 07/06/2027 – 18/06/2027", last.Comment);
        if (hadSignatures > 0) Assert.Contains($"Les {hadSignatures} signatures déjà recueillies ont été effacées.", last.Comment);
    }

    [Fact]
    public void A_period_that_does_not_change_the_dates_changes_nothing()
    {
        var agreement = AnAgreement().In(AgreementState.Signed);

        Assert.False(agreement.FollowObservationPeriod(Some.Year(), Some.Head, Some.Now));

        Assert.Equal(AgreementState.Signed, agreement.State);
        Assert.Equal(4, agreement.Signatures.Count);
    }

    [Theory]
    [InlineData(AgreementState.Completed, "Une convention terminée ne peut plus être modifiée.")]
    [InlineData(AgreementState.Cancelled, "Une convention annulée ne peut plus être modifiée.")]
    public void A_closed_convention_does_not_move(AgreementState state, string message)
    {
        var agreement = AnAgreement().In(state);

        Assert.Equal(message, Assert.Throws<DomainException>(() => agreement.FollowObservationPeriod(Moved(), Some.Head, Some.Now)).Message);
        Assert.Equal(Some.FirstDay, agreement.FirstDay);
    }
}
