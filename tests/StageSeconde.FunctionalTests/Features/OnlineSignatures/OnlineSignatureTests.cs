using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.OnlineSignatures;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.FunctionalTests.Features.OnlineSignatures;

/// <summary>
/// Online signature through HTTP with a real SMTP server: the links and the one-time codes are read from the mailboxes and
/// used; every bad input gets its French message and changes nothing.
/// </summary>
public sealed class OnlineSignatureTests(SignatureTestApp app) : IClassFixture<SignatureTestApp>, IAsyncLifetime
{
    /// <summary>Back to now, and no outbox lease left by a test that moved the clock forward.</summary>
    public Task InitializeAsync()
    {
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        return app.WithDbAsync(db => db.BackgroundLeases.ExecuteDeleteAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Validated_then_every_party_signs_online_and_the_convention_is_signed_and_sealed_without_paper()
    {
        var w = await app.WorldAsync();
        var started = await StartAsync(w);
        await app.DeliverAsync();

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(AgreementState.InSignature, await StateAsync(w.AgreementId));
        var version = await LiveVersionAsync(w.AgreementId);
        var linkMail = Assert.Single(app.To(w.GuardianEmail));
        Assert.Contains("Léa", linkMail.TextBody);
        Assert.Contains(w.School.School.Name, linkMail.TextBody);
        Assert.Contains("valable jusqu'au", linkMail.TextBody);
        Assert.DoesNotMatch(@"\b\d{6}\b", (linkMail.TextBody ?? "").Replace(w.School.School.Name, ""));
        var pdf = await app.AnonymousClient().Http.GetByteArrayAsync(app.LinkTo(w.GuardianEmail) + "/convention.pdf");
        Assert.Equal(version.Sha256, Convert.ToHexStringLower(SHA256.HashData(pdf)));

        await SignAsHeadAsync(w.AgreementId, version.Sha256);
        await SignOnlineAsync(w.HostEmail, w.AgreementId, "Paul Durand");
        await SignOnlineAsync(w.StudentEmail!, w.AgreementId, "Léa Élève");
        Assert.Equal(AgreementState.InSignature, await StateAsync(w.AgreementId));
        await SignOnlineAsync(w.GuardianEmail, w.AgreementId, "Camille Parent");

        Assert.Equal(AgreementState.Signed, await StateAsync(w.AgreementId));
        var signatures = await app.WithDbAsync(db => db.Set<AgreementSignature>().IgnoreQueryFilters().Where(s => s.AgreementId == w.AgreementId).ToListAsync());
        Assert.Equal(4, signatures.Count);
        Assert.All(signatures, s => Assert.Equal((SignatureMode.Electronic, version.Sha256), (s.Mode, s.DocumentSha256)));
        var guardian = Assert.Single(signatures, s => s.Party == SignatureParty.Guardian);
        Assert.Equal(("Camille Parent", w.GuardianEmail), (guardian.SignerName, guardian.SignerEmail));
        Assert.False(string.IsNullOrEmpty(guardian.IpAddress));
        var sealedPdf = await app.WithDbAsync(db => db.SealedAgreements.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.AgreementId == w.AgreementId));
        Assert.NotNull(sealedPdf);
        Assert.Equal(version.Sha256, sealedPdf.SignedVersionSha256);

        var again = await app.AnonymousClient().GetAsync(app.LinkTo(w.GuardianEmail));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("déjà signée le", await TextAsync(again));
        var page = await w.Secretary.GetDocumentAsync(w.AgreementUrl);
        Assert.Equal(3, page.QuerySelectorAll("#signature-en-ligne tbody tr").Count(r => r.TextContent.Contains("Signée le", StringComparison.Ordinal)));
        var download = page.QuerySelector($"#signature-en-ligne a[href='/conventions/{w.AgreementId}/convention-signee.pdf']");
        Assert.NotNull(download);
        var sealedBytes = await w.Secretary.Http.GetByteArrayAsync(download.GetAttribute("href"));
        Assert.Equal(sealedPdf.Sha256, Convert.ToHexStringLower(SHA256.HashData(sealedBytes)));
        Assert.NotNull(page.QuerySelector($"#signature-en-ligne a[href$='{sealedPdf.VerificationCode[..4]}-{sealedPdf.VerificationCode[4..8]}-{sealedPdf.VerificationCode[8..12]}-{sealedPdf.VerificationCode[12..]}']"));
    }

    [Fact]
    public async Task A_pupil_without_an_address_stays_on_paper_and_the_page_says_so()
    {
        var w = await app.WorldAsync(studentEmail: false);
        await StartAsync(w);

        var requests = await app.WithDbAsync(db => db.SignatureRequests.IgnoreQueryFilters().Where(r => r.AgreementId == w.AgreementId).ToListAsync());
        Assert.Equal([SignatureParty.HostRepresentative, SignatureParty.Guardian], requests.Select(r => r.Party).Order().ToArray());
        var page = await w.Secretary.GetDocumentAsync(w.AgreementUrl);
        var row = Assert.Single(page.QuerySelectorAll("#signature-en-ligne tbody tr"), r => r.GetAttribute("data-party") == nameof(SignatureParty.Student));
        Assert.Contains("Papier", row.TextContent);
        Assert.Equal(2, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Topic == SignatureTopics.Link && requests.Select(r => (int?)r.Id).Contains(m.RelatedId))));
    }

    [Fact]
    public async Task A_refusal_is_shown_on_the_convention_and_the_secretariat_is_mailed()
    {
        var w = await app.WorldAsync();
        await StartAsync(w);
        await app.DeliverAsync();
        var client = app.AnonymousClient();
        var path = app.LinkTo(w.HostEmail);

        var empty = await PostAsync(client, path, "/refuser", new() { ["Refusal.AgreementId"] = Id(w), ["Refusal.Reason"] = " " });
        var refused = await PostAsync(client, path, "/refuser", new() { ["Refusal.AgreementId"] = Id(w), ["Refusal.Reason"] = "Les horaires ne conviennent pas." });
        await app.DeliverAsync();

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Indiquez pourquoi vous refusez de signer.", await AppClient.FieldErrorsAsync(empty));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var after = await client.GetAsync(path);
        Assert.Contains("Refus enregistré", await TextAsync(after));
        var alert = Assert.Single(app.To(w.SecretaryEmail));
        Assert.Contains("Les horaires ne conviennent pas.", alert.TextBody);
        Assert.Contains($"{SignatureTestApp.PublicBase}/conventions/{w.AgreementId}", alert.TextBody);
        var page = await w.Secretary.GetDocumentAsync(w.AgreementUrl);
        Assert.Contains("Refusée le", page.QuerySelector("#signature-en-ligne")!.TextContent);
        Assert.Contains("Les horaires ne conviennent pas.", page.QuerySelector("#signature-en-ligne")!.TextContent);
    }

    [Fact]
    public async Task A_change_after_validation_voids_the_version_tells_the_signers_and_the_old_link_is_refused()
    {
        var w = await app.WorldAsync();
        await StartAsync(w);
        await app.DeliverAsync();
        await SignOnlineAsync(w.GuardianEmail, w.AgreementId, "Camille Parent");
        var oldLink = app.LinkTo(w.HostEmail);

        var edit = await w.Secretary.GetDocumentAsync($"{w.AgreementUrl}/modifier");
        var fields = FormFields(edit, "form[method=post]")
            .Where(f => f.Key is not ("Form.PlannedActivities" or "Form.Reason" or "__RequestVerificationToken")).ToList();
        fields.Add(new("Form.PlannedActivities", "Découverte de la boulangerie, puis du fournil."));
        fields.Add(new("Form.Reason", "Activités précisées par la structure."));
        var token = edit.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var saved = await w.Secretary.PostWithTokenAsync($"{w.AgreementUrl}/modifier", token, fields);
        await app.DeliverAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(AgreementState.Submitted, await StateAsync(w.AgreementId));
        Assert.True(await app.WithDbAsync(db => db.AgreementVersions.IgnoreQueryFilters().Where(v => v.AgreementId == w.AgreementId).AllAsync(v => v.VoidedAt != null)));
        Assert.Contains("n'est plus valable", Assert.Single(app.To(w.GuardianEmail), m => (m.Subject ?? "").Contains("modifiée", StringComparison.Ordinal)).TextBody);
        Assert.Contains("ne fonctionne plus", Assert.Single(app.To(w.HostEmail), m => (m.Subject ?? "").Contains("modifiée", StringComparison.Ordinal)).TextBody);
        var refused = await app.AnonymousClient().GetAsync(oldLink);
        Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
        Assert.Contains("La convention a été modifiée", await TextAsync(refused));
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_a_reissued_one_works_while_the_old_one_is_replaced()
    {
        var w = await app.WorldAsync();
        await StartAsync(w);
        await app.DeliverAsync();
        var first = app.LinkTo(w.GuardianEmail);

        app.Clock.SetUtcNow(app.Clock.GetUtcNow().AddDays(15).AddMinutes(1));
        var expired = await app.AnonymousClient().GetAsync(first);
        var requestId = await app.WithDbAsync(db => db.SignatureRequests.IgnoreQueryFilters().Where(r => r.AgreementId == w.AgreementId && r.Party == SignatureParty.Guardian).Select(r => r.Id).SingleAsync());
        var secretary = await app.SignInAsync(w.SecretaryEmail); // the session of two weeks ago is over
        var reissued = await secretary.PostFormAsync(w.AgreementUrl, $"{w.AgreementUrl}/signature-en-ligne/demandes/{requestId}/renvoyer", new());
        await app.DeliverAsync();
        var second = app.LinkTo(w.GuardianEmail);

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Ce lien a expiré", await TextAsync(expired));
        Assert.Equal(HttpStatusCode.Redirect, reissued.StatusCode);
        Assert.NotEqual(first, second);
        Assert.Contains("nouveau lien", app.To(w.GuardianEmail)[^1].TextBody ?? "");
        var replaced = await app.AnonymousClient().GetAsync(first);
        Assert.Equal(HttpStatusCode.Gone, replaced.StatusCode);
        Assert.Contains("Ce lien a été remplacé", await TextAsync(replaced));
        await SignOnlineAsync(w.GuardianEmail, w.AgreementId, "Camille Parent");
        Assert.Equal(SignatureRequestStatus.Signed, await app.WithDbAsync(db => db.SignatureRequests.IgnoreQueryFilters().Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_code_and_a_new_one_is_needed_then_an_expired_code_is_refused()
    {
        var w = await app.WorldAsync();
        await StartAsync(w);
        await app.DeliverAsync();
        var client = app.AnonymousClient();
        var path = app.LinkTo(w.GuardianEmail);
        await RequestCodeAsync(client, path, w.AgreementId);
        await app.DeliverAsync();
        var code = app.CodeTo(w.GuardianEmail);
        var wrong = code == "000000" ? "111111" : "000000";

        var errors = new List<IReadOnlyList<string>>();
        for (var i = 0; i < 5; i++) errors.Add(await AppClient.FieldErrorsAsync(await SignWithCodeAsync(client, path, w.AgreementId, wrong)));
        var locked = await SignWithCodeAsync(client, path, w.AgreementId, code);

        Assert.Contains("Code erroné : il vous reste 4 essais.", errors[0]);
        Assert.Contains("Code erroné : il vous reste 1 essai.", errors[3]);
        Assert.Contains(errors[4], e => e.Contains("Demandez un nouveau code", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains(await AppClient.FieldErrorsAsync(locked), e => e.Contains("n'est plus valable", StringComparison.Ordinal));
        Assert.Empty(await SignaturesAsync(w.AgreementId));

        await RequestCodeAsync(client, path, w.AgreementId);
        await app.DeliverAsync();
        var fresh = app.CodeTo(w.GuardianEmail);
        app.Clock.SetUtcNow(app.Clock.GetUtcNow().AddMinutes(11));
        var late = await SignWithCodeAsync(client, path, w.AgreementId, fresh);
        Assert.Contains(await AppClient.FieldErrorsAsync(late), e => e.Contains("a expiré", StringComparison.Ordinal));
        Assert.Empty(await SignaturesAsync(w.AgreementId));
    }

    [Fact]
    public async Task A_code_requested_too_often_is_refused_in_french_and_not_sent()
    {
        var w = await app.WorldAsync();
        await StartAsync(w);
        await app.DeliverAsync();
        var client = app.AnonymousClient();
        var path = app.LinkTo(w.GuardianEmail);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 20; i++) answers.Add(await RequestCodeAsync(client, path, w.AgreementId));
        await app.DeliverAsync();

        Assert.All(answers.Take(SigningSteps.MaxCodesPerHour), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers.Skip(SigningSteps.MaxCodesPerHour), a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        Assert.Contains(await AppClient.FieldErrorsAsync(answers[^1]), e => e.Contains("codes en moins d'une heure", StringComparison.Ordinal));
        Assert.Equal(SigningSteps.MaxCodesPerHour, app.To(w.GuardianEmail).Count(m => (m.Subject ?? "").Contains("code", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_link_shows_only_its_convention_refuses_another_conventions_form_and_an_unknown_token_is_not_found()
    {
        var w = await app.WorldAsync();
        var other = await app.WorldAsync();
        await StartAsync(w);
        await app.DeliverAsync();
        var client = app.AnonymousClient();
        var path = app.LinkTo(w.GuardianEmail);

        var html = await TextAsync(await client.GetAsync(path));
        var foreign = await PostAsync(client, path, "/code", new() { ["Form.AgreementId"] = other.AgreementId.ToString(CultureInfo.InvariantCulture), ["Form.SignerName"] = "Camille Parent", ["Form.Consent"] = "true" });
        var unknown = await client.GetAsync("/s/AAAAAAAAAAAAAAAAAAAAAA");
        var malformed = await client.GetAsync("/s/abc");

        Assert.Contains(w.School.Host.Name, html);
        Assert.DoesNotContain(w.School.Student.LastName, html);
        Assert.DoesNotContain(other.School.School.Name, html);
        Assert.DoesNotContain(w.School.Guardian.MobilePhone!, html);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("ne correspond pas à la convention de ce lien", await TextAsync(foreign));
        Assert.Equal(0, await app.WithDbAsync(db => db.SignatureCodes.IgnoreQueryFilters().CountAsync(c => c.SentTo == w.GuardianEmail)));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, malformed.StatusCode));
    }

    [Fact]
    public async Task Starting_again_or_on_a_submitted_convention_is_refused()
    {
        var w = await app.WorldAsync();
        await StartAsync(w);
        var again = await StartAsync(w);
        var pupil = await app.AddAsync(TestData.Student(w.School.School.Id, w.School.Class.Id));
        var submitted = await AgreementFactory.CreateAsync(app, w.School.School.Id, pupil.Id, w.School.Host.Id, AgreementState.Submitted);
        var early = await w.Secretary.PostFormAsync(w.AgreementUrl, $"/conventions/{submitted.Id}/signature-en-ligne/lancer", new());

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(3, await app.WithDbAsync(db => db.SignatureRequests.IgnoreQueryFilters().CountAsync(r => r.AgreementId == w.AgreementId)));
        Assert.Equal(AgreementState.Submitted, await StateAsync(submitted.Id));
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.SignatureRequests.IgnoreQueryFilters().CountAsync(r => r.AgreementId == submitted.Id)));
    }

    // --- helpers

    /// <summary>The text of a page, as read (not its encoded HTML).</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        (await AppClient.ParseAsync(await response.Content.ReadAsStringAsync())).Body?.TextContent ?? "";

    private static string Id(SignatureWorld w) => w.AgreementId.ToString(CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> StartAsync(SignatureWorld w) =>
        w.Secretary.PostFormAsync(w.AgreementUrl, $"{w.AgreementUrl}/signature-en-ligne/lancer", new());

    private Task<AgreementState> StateAsync(int agreementId) =>
        app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.Id == agreementId).Select(a => a.State).SingleAsync());

    private Task<AgreementVersion> LiveVersionAsync(int agreementId) =>
        app.WithDbAsync(db => db.AgreementVersions.IgnoreQueryFilters().SingleAsync(v => v.AgreementId == agreementId && v.VoidedAt == null));

    private Task<List<AgreementSignature>> SignaturesAsync(int agreementId) =>
        app.WithDbAsync(db => db.Set<AgreementSignature>().IgnoreQueryFilters().Where(s => s.AgreementId == agreementId).ToListAsync());

    /// <summary>The chef d'établissement's signature, recorded through the domain (their page is another piece of work).</summary>
    private Task SignAsHeadAsync(int agreementId, string sha256) => app.WithDbAsync(async db =>
    {
        var agreement = await db.Agreements.IgnoreQueryFilters().Include(a => a.Signatures).SingleAsync(a => a.Id == agreementId);
        agreement.RecordSignature(SignatureParty.SchoolHead, app.Clock.TodayInParis(), SignatureMode.Electronic, AgreementFactory.Head, app.Clock.GetUtcNow(),
            evidence: new ElectronicEvidence("Anne Proviseure", "ce@ac-creteil.fr", "127.0.0.1", "Test", sha256));
        await db.SaveChangesAsync();
    });

    private static async Task<HttpResponseMessage> PostAsync(AppClient client, string path, string action, Dictionary<string, string?> fields)
    {
        var token = await client.TokenFromAsync(path);
        return await client.PostWithTokenAsync(path + action, token, fields);
    }

    private static Task<HttpResponseMessage> RequestCodeAsync(AppClient client, string path, int agreementId, string name = "Camille Parent") =>
        PostAsync(client, path, "/code", new() { ["Form.AgreementId"] = agreementId.ToString(CultureInfo.InvariantCulture), ["Form.SignerName"] = name, ["Form.Consent"] = "true" });

    private static Task<HttpResponseMessage> SignWithCodeAsync(AppClient client, string path, int agreementId, string code, string name = "Camille Parent") =>
        PostAsync(client, path, "", new()
        {
            ["Form.AgreementId"] = agreementId.ToString(CultureInfo.InvariantCulture), ["Form.SignerName"] = name, ["Form.Consent"] = "true", ["Form.Code"] = code,
        });

    /// <summary>Opens the party's last link, asks for a code, reads it from the mailbox and signs.</summary>
    private async Task SignOnlineAsync(string address, int agreementId, string name)
    {
        var client = app.AnonymousClient();
        var path = app.LinkTo(address);
        var asked = await RequestCodeAsync(client, path, agreementId, name);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains(SignatureMail.Masked(address), await TextAsync(asked));
        await app.DeliverAsync();
        var signed = await SignWithCodeAsync(client, path, agreementId, app.CodeTo(address), name);
        Assert.True(signed.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", await AppClient.FieldErrorsAsync(signed)));
    }

    /// <summary>The fields a browser would send with the form: inputs (checked boxes only), selected options, textareas.</summary>
    private static List<KeyValuePair<string, string?>> FormFields(AngleSharp.Dom.IDocument page, string selector)
    {
        var form = page.QuerySelectorAll(selector).Last(f => f.QuerySelector("[name='Form.PlannedActivities']") is not null);
        var fields = new List<KeyValuePair<string, string?>>();
        foreach (var input in form.QuerySelectorAll("input[name]"))
        {
            var type = input.GetAttribute("type") ?? "text";
            if (type is "checkbox" or "radio" && !input.HasAttribute("checked")) continue;
            if (type is "submit" or "file") continue;
            fields.Add(new(input.GetAttribute("name")!, input.GetAttribute("value") ?? (type == "checkbox" ? "on" : "")));
        }
        foreach (var select in form.QuerySelectorAll("select[name]"))
            fields.Add(new(select.GetAttribute("name")!, select.QuerySelector("option[selected]")?.GetAttribute("value") ?? select.QuerySelector("option")?.GetAttribute("value")));
        foreach (var area in form.QuerySelectorAll("textarea[name]")) fields.Add(new(area.GetAttribute("name")!, area.TextContent));
        return fields;
    }
}
