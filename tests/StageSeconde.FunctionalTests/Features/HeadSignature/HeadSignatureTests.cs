using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.FunctionalTests.Features.MyStudents;
using StageSeconde.FunctionalTests.Features.Validation;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.HeadSignature;

/// <summary>« Conventions à signer »: who may sign (the head, an adjoint with a current delegation), the password re-entered at most every 5 minutes, selections.</summary>
public sealed class HeadSignatureTests(ClockedTestApp app) : IClassFixture<ClockedTestApp>
{
    private const string List = "/conventions/a-signer";

    private async Task<(SchoolWorld World, string HeadEmail)> SchoolWithHeadAsync()
    {
        app.Clock.SetUtcNow(ClockedTestApp.FirstDayMorning.AddDays(-20));
        var world = await SchoolWorld.CreateAsync(app);
        var head = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        await SetHeadAsync(world.School.Id, head);
        return (world, head);
    }

    private Task SetHeadAsync(int schoolId, string email) => app.WithDbAsync(async db =>
    {
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var school = await db.Schools.SingleAsync(s => s.Id == schoolId);
        school.HeadUserId = id;
        await db.SaveChangesAsync();
    });

    private async Task<Agreement> ValidatedAsync(SchoolWorld world, string lastName)
    {
        var student = await Conventions.StudentAsync(app, world, lastName);
        return await AgreementFactory.CreateAsync(app, world.School.Id, student.Id, world.Host.Id, AgreementState.Validated);
    }

    private static async Task<HttpResponseMessage> SignAsync(AppClient client, IEnumerable<Agreement> agreements, string? password, Dictionary<int, int>? versions = null)
    {
        var token = await client.TokenFromAsync(List);
        var fields = new List<KeyValuePair<string, string?>>();
        foreach (var a in agreements)
        {
            fields.Add(new("ids", a.Id.ToString()));
            fields.Add(new($"versions[{a.Id}]", (versions is not null && versions.TryGetValue(a.Id, out var v) ? v : a.Version).ToString()));
        }
        fields.Add(new("password", password));
        return await client.PostWithTokenAsync(List + "/signer", token, fields);
    }

    private Task<List<AgreementSignature>> HeadSignaturesAsync(params Agreement[] agreements)
    {
        var ids = agreements.Select(a => a.Id).ToList();
        return app.WithDbAsync(db => db.AgreementSignatures.IgnoreQueryFilters().AsNoTracking()
            .Where(s => ids.Contains(s.AgreementId) && s.Party == SignatureParty.SchoolHead).ToListAsync());
    }

    [Fact]
    public async Task The_head_confirms_a_selection_with_the_password_and_what_cannot_be_signed_is_reported_without_touching_the_rest()
    {
        var (world, headEmail) = await SchoolWithHeadAsync();
        var first = await ValidatedAsync(world, "PREMIER");
        var stale = await ValidatedAsync(world, "DEUXIEME");
        using var head = await app.SignInAsync(headEmail);

        var list = await head.GetDocumentAsync(List);
        Assert.Equal("oui", list.QuerySelector("[data-signing-right]")!.GetAttribute("data-signing-right"));
        Assert.NotNull(list.QuerySelector($"tr[data-agreement='{first.Id}'] input[name=ids]"));
        Assert.NotNull(list.QuerySelector($"tr[data-agreement='{stale.Id}'] input[name=ids]"));

        // The confirmation lists what will be signed and asks for the password.
        var token = await head.TokenFromAsync(List);
        var confirm = await head.PostWithTokenAsync(List + "/confirmer", token,
            [new("ids", first.Id.ToString()), new("ids", stale.Id.ToString()), new($"versions[{first.Id}]", first.Version.ToString()), new($"versions[{stale.Id}]", stale.Version.ToString())]);
        var confirmPage = await AppClient.ParseAsync(await confirm.Content.ReadAsStringAsync());
        Assert.Equal(2, confirmPage.QuerySelectorAll("tbody tr[data-agreement]").Length);
        Assert.NotNull(confirmPage.QuerySelector("input[type=password][name=password]"));

        // A wrong password: a French error, nothing signed.
        var wrong = await SignAsync(head, [first, stale], "pas-le-bon-mot-de-passe");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Mot de passe incorrect. Aucune convention n'a été signée.", await AppClient.FieldErrorsAsync(wrong));
        Assert.Empty(await HeadSignaturesAsync(first, stale));

        // The right password; one convention changed since the list was shown: signed, and the other reported.
        var signed = await SignAsync(head, [first, stale], TestApp.Password, new() { [stale.Id] = stale.Version - 1 });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var result = await AppClient.ParseAsync(await signed.Content.ReadAsStringAsync());
        Assert.Contains("1 convention(s) signée(s), 1 non signée(s)", result.QuerySelector("#sign-summary")!.TextContent);
        Assert.Contains("modifiée depuis l'affichage de la liste", result.QuerySelector($"#not-signed ~ ul li[data-agreement='{stale.Id}']")!.TextContent);

        var signature = Assert.Single(await HeadSignaturesAsync(first, stale));
        Assert.Equal(first.Id, signature.AgreementId);
        Assert.Equal(SignatureMode.Electronic, signature.Mode);
        Assert.Equal(headEmail, signature.SignerEmail);
        Assert.Equal($"{Roles.Title(Roles.Direction)} TEST", signature.SignerName);
        var version = await app.WithDbAsync(db => db.AgreementVersions.IgnoreQueryFilters().SingleAsync(v => v.AgreementId == first.Id && v.VoidedAt == null));
        Assert.Equal(version.Sha256, signature.DocumentSha256);
        Assert.Equal(AgreementState.InSignature, (await Conventions.ReloadAsync(app, first.Id)).State);
        Assert.Equal(AgreementState.Validated, (await Conventions.ReloadAsync(app, stale.Id)).State);

        // Within 5 minutes the password is not asked again; after, it is.
        app.Clock.SetUtcNow(app.Clock.GetUtcNow().AddMinutes(4));
        var again = await SignAsync(head, [stale], password: null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(await HeadSignaturesAsync(stale));

        var third = await ValidatedAsync(world, "TROISIEME");
        app.Clock.SetUtcNow(app.Clock.GetUtcNow().AddMinutes(2));
        var expired = await SignAsync(head, [third], password: null);
        Assert.Contains("Mot de passe : saisissez votre mot de passe pour signer. Aucune convention n'a été signée.", await AppClient.FieldErrorsAsync(expired));
        Assert.Empty(await HeadSignaturesAsync(third));
    }

    [Fact]
    public async Task The_last_signature_makes_the_convention_signed_and_it_leaves_the_list()
    {
        var (world, headEmail) = await SchoolWithHeadAsync();
        var agreement = await ValidatedAsync(world, "DERNIER");
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Agreements.IgnoreQueryFilters().Include(a => a.Signatures).SingleAsync(a => a.Id == agreement.Id);
            var guardian = await db.Guardians.IgnoreQueryFilters().FirstAsync(g => g.StudentId == tracked.StudentId);
            var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
            foreach (var party in new[] { SignatureParty.HostRepresentative, SignatureParty.Student })
                tracked.RecordSignature(party, today, SignatureMode.Paper, AgreementFactory.Secretary, app.Clock.GetUtcNow());
            tracked.RecordSignature(SignatureParty.Guardian, today, SignatureMode.Paper, AgreementFactory.Secretary, app.Clock.GetUtcNow(), guardian.Id);
            await db.SaveChangesAsync();
        });
        agreement = await Conventions.ReloadAsync(app, agreement.Id);
        using var head = await app.SignInAsync(headEmail);
        var listed = await head.GetDocumentAsync(List);
        Assert.Contains("Élève", listed.QuerySelector($"tr[data-agreement='{agreement.Id}']")!.TextContent);

        var signed = await SignAsync(head, [agreement], TestApp.Password);
        var result = await AppClient.ParseAsync(await signed.Content.ReadAsStringAsync());
        Assert.Contains("la convention est signée", result.QuerySelector($"li[data-agreement='{agreement.Id}']")!.TextContent);
        Assert.Equal(AgreementState.Signed, (await Conventions.ReloadAsync(app, agreement.Id)).State);
        Assert.Null((await head.GetDocumentAsync(List)).QuerySelector($"tr[data-agreement='{agreement.Id}']"));
    }

    [Fact]
    public async Task Another_direction_account_reads_the_list_but_cannot_sign()
    {
        var (world, _) = await SchoolWithHeadAsync();
        var agreement = await ValidatedAsync(world, "LECTURE");
        using var adjoint = await app.SignInAsAsync(Roles.Direction, world.School.Id);

        var list = await adjoint.GetDocumentAsync(List);
        Assert.Equal("non", list.QuerySelector("[data-signing-right]")!.GetAttribute("data-signing-right"));
        Assert.Contains("Seul le chef d'établissement", list.QuerySelector("[data-signing-right]")!.TextContent);
        Assert.NotNull(list.QuerySelector($"tr[data-agreement='{agreement.Id}']"));
        Assert.Null(list.QuerySelector("input[name=ids]"));
        Assert.Null(list.QuerySelector("button[name=only]"));

        var refused = await SignAsync(adjoint, [agreement], TestApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Empty(await HeadSignaturesAsync(agreement));
    }

    [Fact]
    public async Task An_adjoint_signs_during_the_delegation_the_administrator_recorded_and_not_after_it_or_once_revoked()
    {
        var (world, _) = await SchoolWithHeadAsync();
        var adjointEmail = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        var adjointId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == adjointEmail).Select(u => u.Id).SingleAsync());
        using var admin = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        // Bad input first: the end before the start.
        var bad = await admin.PostFormAsync("/etablissement/signature", "/etablissement/signature/delegations", new()
        {
            ["Form.UserId"] = adjointId, ["Form.From"] = today.AddDays(3).ToString("yyyy-MM-dd"), ["Form.To"] = today.ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Fin : la fin ne peut pas précéder le début.", await AppClient.FieldErrorsAsync(bad));
        Assert.Equal(0, await app.WithDbAsync(db => db.SigningDelegations.IgnoreQueryFilters().CountAsync(d => d.SchoolId == world.School.Id)));

        var recorded = await admin.PostFormAsync("/etablissement/signature", "/etablissement/signature/delegations", new()
        {
            ["Form.UserId"] = adjointId, ["Form.From"] = today.ToString("yyyy-MM-dd"), ["Form.To"] = today.AddDays(7).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var delegation = await app.WithDbAsync(db => db.SigningDelegations.IgnoreQueryFilters().SingleAsync(d => d.SchoolId == world.School.Id));
        Assert.Equal(adjointId, delegation.DelegateUserId);
        Assert.StartsWith("administrateur.", delegation.RecordedBy);

        var during = await ValidatedAsync(world, "PENDANT");
        using (var adjoint = await app.SignInAsync(adjointEmail))
        {
            Assert.Contains("par délégation", (await adjoint.GetDocumentAsync(List)).QuerySelector("[data-signing-right]")!.TextContent);
            var signed = await SignAsync(adjoint, [during], TestApp.Password);
            Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
            Assert.Equal(adjointEmail, Assert.Single(await HeadSignaturesAsync(during)).SignerEmail);
        }

        // After the last day of the delegation: read-only.
        var after = await ValidatedAsync(world, "APRES");
        app.Clock.SetUtcNow(app.Clock.GetUtcNow().AddDays(8));
        using (var adjoint = await app.SignInAsync(adjointEmail))
        {
            Assert.Equal("non", (await adjoint.GetDocumentAsync(List)).QuerySelector("[data-signing-right]")!.GetAttribute("data-signing-right"));
            Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(adjoint, [after], TestApp.Password)).StatusCode);
            Assert.Empty(await HeadSignaturesAsync(after));
        }

        // A new delegation, revoked: read-only again.
        var now = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        using var admin2 = await app.SignInAsAsync(Roles.Administrateur, world.School.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await admin2.PostFormAsync("/etablissement/signature", "/etablissement/signature/delegations", new()
        {
            ["Form.UserId"] = adjointId, ["Form.From"] = now.ToString("yyyy-MM-dd"), ["Form.To"] = now.AddDays(2).ToString("yyyy-MM-dd"),
        })).StatusCode);
        var second = await app.WithDbAsync(db => db.SigningDelegations.IgnoreQueryFilters().Where(d => d.SchoolId == world.School.Id).OrderBy(d => d.Id).LastAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin2.PostFormAsync("/etablissement/signature", $"/etablissement/signature/delegations/{second.Id}/revoquer", new())).StatusCode);
        using (var adjoint = await app.SignInAsync(adjointEmail))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(adjoint, [after], TestApp.Password)).StatusCode);
            Assert.Empty(await HeadSignaturesAsync(after));
        }
        var revoked = await app.WithDbAsync(db => db.SigningDelegations.IgnoreQueryFilters().SingleAsync(d => d.Id == second.Id));
        Assert.NotNull(revoked.RevokedAt);
    }
}
