using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.OnlineSignatures;

namespace StageSeconde.UnitTests.Features.OnlineSignatures;

/// <summary>When a signing link opens its form, and how the signer's address is shown and what the e-mails say.</summary>
public sealed class SigningRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 10, 8, 0, 0, TimeSpan.Zero);

    private static (AgreementLink Link, SignatureRequest Request, AgreementVersion Version) Fresh(int linkId = 7)
    {
        var link = new AgreementLink(1, 2, LinkPurpose.Signature, new string('a', 64), null, Now, "secretariat", Now.AddDays(15), "demande-3");
        link.Id = linkId;
        var request = new SignatureRequest(1, 2, 4, SignatureParty.Guardian, 5, "Camille Parent", "parent@example.fr", Now);
        request.UseLink(linkId);
        var version = new AgreementVersion(1, 2, 1, new string('b', 64), "v.pdf", 100, Now);
        return (link, request, version);
    }

    [Fact]
    public void A_pending_request_with_its_current_link_in_time_opens_the_form()
    {
        var (link, request, version) = Fresh();
        Assert.Null(SigningSteps.RefusalOf(link, request, version, AgreementState.InSignature, Now.AddDays(14)));
    }

    [Fact]
    public void Each_reason_not_to_open_is_told_apart()
    {
        var (link, request, version) = Fresh();
        Assert.Equal(SigningRefusalKind.Expired, SigningSteps.RefusalOf(link, request, version, AgreementState.InSignature, Now.AddDays(15)));
        Assert.Equal(SigningRefusalKind.Closed, SigningSteps.RefusalOf(link, request, version, AgreementState.Cancelled, Now));

        request.UseLink(99);
        Assert.Equal(SigningRefusalKind.Revoked, SigningSteps.RefusalOf(link, request, version, AgreementState.InSignature, Now));

        version.Void("Modifiée", Now);
        Assert.Equal(SigningRefusalKind.Changed, SigningSteps.RefusalOf(link, request, version, AgreementState.InSignature, Now));
    }

    [Fact]
    public void An_answered_request_says_so_even_once_its_link_expired()
    {
        var (link, request, version) = Fresh();
        request.RecordSigned(11, Now);
        Assert.Equal(SigningRefusalKind.AlreadySigned, SigningSteps.RefusalOf(link, request, version, AgreementState.Signed, Now.AddDays(30)));

        var (link2, refused, version2) = Fresh();
        refused.RecordRefusal("Horaires", Now);
        Assert.Equal(SigningRefusalKind.AlreadyRefused, SigningSteps.RefusalOf(link2, refused, version2, AgreementState.InSignature, Now));
    }

    [Theory]
    [InlineData("jeanne@exemple.fr", "j***@exemple.fr")]
    [InlineData("a@b.fr", "a***@b.fr")]
    [InlineData("sans-arobase", "***")]
    public void An_address_is_shown_masked(string email, string shown) => Assert.Equal(shown, SignatureMail.Masked(email));

    [Fact]
    public void The_link_email_names_the_lycee_the_pupil_the_link_and_its_expiry_but_no_code()
    {
        var about = new SignatureMail.About("Lycée Voltaire", "Léa", "Boulangerie Durand", "Camille Parent", SignatureParty.Guardian);
        var body = SignatureMail.LinkBody(about, "https://x.fr/s/AAAAAAAAAAAAAAAAAAAAAA", new DateTimeOffset(2027, 5, 25, 10, 0, 0, TimeSpan.Zero), reissued: false);

        Assert.Contains("Lycée Voltaire", body);
        Assert.Contains("Léa", body);
        Assert.Contains("https://x.fr/s/AAAAAAAAAAAAAAAAAAAAAA", body);
        Assert.Contains("25/05/2027", body);
        Assert.DoesNotMatch(@"\b\d{6}\b", body);
        Assert.Contains("123456", SignatureMail.CodeBody(about, "123456"));
        Assert.DoesNotContain("https://", SignatureMail.CodeBody(about, "123456"));
    }
}
