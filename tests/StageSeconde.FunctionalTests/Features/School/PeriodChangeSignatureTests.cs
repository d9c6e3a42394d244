using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.OnlineSignatures;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.OnlineSignatures;

namespace StageSeconde.FunctionalTests.Features.SchoolSettings;

/// <summary>A period change on a convention put to online signature voids its version, its requests and its links, and tells the signers.</summary>
public sealed class PeriodChangeSignatureTests(SignatureTestApp app) : IClassFixture<SignatureTestApp>
{
    [Fact]
    public async Task The_online_signature_of_a_moved_convention_is_voided_and_the_signers_are_told()
    {
        var w = await app.WorldAsync();
        var started = await w.Secretary.PostFormAsync(w.AgreementUrl, $"{w.AgreementUrl}/signature-en-ligne/lancer", new());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(AgreementState.InSignature, await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.Id == w.AgreementId).Select(a => a.State).SingleAsync()));
        using var admin = await app.SignInAsAsync(Roles.Administrateur, w.School.School.Id);
        var year = w.School.Year;

        var changed = await admin.PostFormAsync("/etablissement/annee-scolaire", $"/etablissement/annee-scolaire/{year.Id}/periode", new()
        {
            ["Form.Version"] = year.Version.ToString(CultureInfo.InvariantCulture), ["Form.Start"] = "2027-05-31", ["Form.End"] = "2027-06-11",
            ["Form.Confirmed"] = "true", ["Form.Listed"] = "1",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var (state, firstDay) = await app.WithDbAsync(async db => await db.Agreements.IgnoreQueryFilters().Where(a => a.Id == w.AgreementId)
            .Select(a => new ValueTuple<AgreementState, DateOnly>(a.State, a.FirstDay)).SingleAsync());
        Assert.Equal((AgreementState.Submitted, new DateOnly(2027, 5, 31)), (state, firstDay));
        Assert.All(await app.WithDbAsync(db => db.AgreementVersions.IgnoreQueryFilters().Where(v => v.AgreementId == w.AgreementId).ToListAsync()),
            v => Assert.NotNull(v.VoidedAt));
        var requests = await app.WithDbAsync(db => db.SignatureRequests.IgnoreQueryFilters().Where(r => r.AgreementId == w.AgreementId).ToListAsync());
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Equal(SignatureRequestStatus.Voided, r.Status));
        Assert.Empty(await app.WithDbAsync(db => db.AgreementLinks.IgnoreQueryFilters()
            .Where(l => l.AgreementId == w.AgreementId && l.Purpose == LinkPurpose.Signature && l.RevokedAt == null).ToListAsync()));
        var told = await app.WithDbAsync(db => db.OutboxMessages.IgnoreQueryFilters().Where(m => m.Topic == SignatureTopics.NewVersion && m.To == w.GuardianEmail).ToListAsync());
        Assert.Single(told);
    }
}
