using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

public sealed class AgreementLinkTests
{
    [Fact]
    public void A_token_carries_128_random_bits_in_22_url_safe_characters()
    {
        var tokens = Enumerable.Range(0, 200).Select(_ => AgreementLink.NewToken()).ToList();

        Assert.All(tokens, t => Assert.True(AgreementLink.IsWellFormed(t), t));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAA/A")]
    [InlineData("AAAAAAAAAAAAAAAAAAAA%2")]
    public void Anything_else_is_not_a_token(string? token)
    {
        Assert.False(AgreementLink.IsWellFormed(token));
    }

    [Fact]
    public void Only_the_hash_is_stored_and_it_identifies_the_token()
    {
        var token = AgreementLink.NewToken();
        var link = new AgreementLink(1, 2, LinkPurpose.TutorReport, AgreementLink.Hash(token), null, DateTimeOffset.UnixEpoch, "secretariat@lycee.fr");

        Assert.Equal(64, link.TokenHash.Length);
        Assert.DoesNotContain(token, link.TokenHash);
        Assert.Equal(link.TokenHash, AgreementLink.Hash(token));
        Assert.NotEqual(link.TokenHash, AgreementLink.Hash(AgreementLink.NewToken()));
    }

    [Fact]
    public void Revoking_keeps_the_first_revocation()
    {
        var link = new AgreementLink(1, 2, LinkPurpose.TutorReport, AgreementLink.Hash(AgreementLink.NewToken()), null, DateTimeOffset.UnixEpoch, "a");

        link.Revoke("secretariat@lycee.fr", DateTimeOffset.UnixEpoch.AddDays(1));
        link.Revoke("autre@lycee.fr", DateTimeOffset.UnixEpoch.AddDays(2));

        Assert.True(link.IsRevoked);
        Assert.Equal(("secretariat@lycee.fr", DateTimeOffset.UnixEpoch.AddDays(1).UtcDateTime), (link.RevokedBy, link.RevokedAt!.Value));
    }
}
