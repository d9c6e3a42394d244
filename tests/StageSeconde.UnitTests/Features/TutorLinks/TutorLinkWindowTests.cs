using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.TutorLinks;

namespace StageSeconde.UnitTests.Features.TutorLinks;

public class TutorLinkWindowTests
{
    private static readonly DateOnly First = new(2027, 6, 14);
    private static readonly DateOnly Last = new(2027, 6, 25);

    [Theory]
    [InlineData("2027-06-06", TutorLinkPeriod.NotYetOpen)]
    [InlineData("2027-06-07", TutorLinkPeriod.Open)]
    [InlineData("2027-06-14", TutorLinkPeriod.Open)]
    [InlineData("2027-06-25", TutorLinkPeriod.Open)]
    [InlineData("2027-07-02", TutorLinkPeriod.Open)]
    [InlineData("2027-07-03", TutorLinkPeriod.Closed)]
    public void The_link_is_open_from_a_week_before_the_first_day_to_a_week_after_the_last(string today, TutorLinkPeriod expected) =>
        Assert.Equal(expected, TutorLinkWindow.PeriodOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), First, Last));

    [Fact]
    public void A_token_is_22_url_safe_characters_and_only_its_hash_is_stored()
    {
        var token = AgreementLink.NewToken();

        Assert.True(AgreementLink.IsWellFormed(token));
        Assert.Matches("^[A-Za-z0-9_-]{22}$", token);
        Assert.NotEqual(token, AgreementLink.NewToken());
        Assert.Matches("^[0-9a-f]{64}$", AgreementLink.Hash(token));
        Assert.Equal("/t/" + token, TutorLinkAddress.Path(token));
        Assert.DoesNotContain(token[4..], TutorLinkAddress.LogPrefix(token));
    }

    [Theory]
    [InlineData(AgreementState.Draft, false)]
    [InlineData(AgreementState.Submitted, false)]
    [InlineData(AgreementState.Refused, false)]
    [InlineData(AgreementState.Validated, true)]
    [InlineData(AgreementState.InSignature, true)]
    [InlineData(AgreementState.Signed, true)]
    [InlineData(AgreementState.Completed, true)]
    [InlineData(AgreementState.Cancelled, false)]
    public void Only_a_validated_convention_not_cancelled_has_a_link(AgreementState state, bool expected) =>
        Assert.Equal(expected, TutorLinkService.CanHaveLink(state));
}
