using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.FunctionalTests.Features;

/// <summary>
/// Issue 13, « Data integrity under concurrency »: every creation form (pupil, guardian, host, tutor) carries a request id
/// (ADR 0009), so that the same form posted twice — one after the other or at the same moment — creates one record.
/// </summary>
public sealed class CreationRequestTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>The form's hidden request id and antiforgery token, as the browser would post them.</summary>
    private static async Task<(string Token, string RequestId)> FormAsync(AppClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        var requestId = page.QuerySelector("form input[name='Form.RequestId']")?.GetAttribute("value");
        Assert.True(Guid.TryParse(requestId, out var id) && id != Guid.Empty, $"Pas d'identifiant de demande sur {url}.");
        return (page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!, requestId!);
    }

    private static Dictionary<string, string?> With(Dictionary<string, string?> form, string requestId)
    {
        form["Form.RequestId"] = requestId;
        return form;
    }

    private static Dictionary<string, string?> PupilForm(int classId) => new()
    {
        ["Form.Version"] = "0", ["Form.Ine"] = $"{Random.Shared.NextInt64(1_000_000_000L, 9_999_999_999L)}K", ["Form.LastName"] = "Lefèvre",
        ["Form.FirstName"] = "Zoé", ["Form.BirthDate"] = TimeProvider.System.TodayInParis().AddYears(-15).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Form.SchoolClassId"] = classId.ToString(CultureInfo.InvariantCulture), ["Form.IsSthr"] = "false",
    };

    [Fact]
    public async Task A_pupil_form_posted_twice_creates_one_pupil_and_the_second_post_shows_it()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, requestId) = await FormAsync(client, "/eleves/nouveau");
        var form = With(PupilForm(world.Class.Id), requestId);

        var first = await client.PostWithTokenAsync("/eleves/nouveau", token, form);
        var second = await client.PostWithTokenAsync("/eleves/nouveau", token, form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().CountAsync(s => s.SchoolId == world.School.Id && s.LastName == "Lefèvre")));
        var page = await client.GetDocumentAsync(second.Headers.Location!.OriginalString);
        Assert.Contains("Ce formulaire avait déjà été envoyé : la fiche n'a été créée qu'une fois.", page.QuerySelector(".fr-alert--info")!.TextContent);
    }

    [Fact]
    public async Task A_pupil_form_posted_twice_at_the_same_moment_creates_one_pupil()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, requestId) = await FormAsync(client, "/eleves/nouveau");
        var form = With(PupilForm(world.Class.Id), requestId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostWithTokenAsync("/eleves/nouveau", token, form)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().CountAsync(s => s.SchoolId == world.School.Id && s.LastName == "Lefèvre")));
    }

    [Fact]
    public async Task A_guardian_form_posted_twice_creates_one_guardian()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/eleves/{world.Student.Id}/responsables/nouveau";
        var (token, requestId) = await FormAsync(client, url);
        var form = With(new()
        {
            ["Form.Version"] = "0", ["Form.LastName"] = "Moreau", ["Form.FirstName"] = "Karim", ["Form.Relationship"] = nameof(GuardianRelationship.Father),
            ["Form.IsLegalGuardian"] = "true", ["Form.MobilePhone"] = "06 12 34 56 78",
        }, requestId);

        var responses = await Task.WhenAll(client.PostWithTokenAsync(url, token, form), client.PostWithTokenAsync(url, token, form));
        var third = await client.PostWithTokenAsync(url, token, form);

        Assert.All(responses.Append(third), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await app.WithDbAsync(db => db.Guardians.IgnoreQueryFilters().CountAsync(g => g.StudentId == world.Student.Id && g.LastName == "Moreau")));
    }

    [Fact]
    public async Task A_host_form_posted_twice_creates_one_host()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var (token, requestId) = await FormAsync(client, "/structures/nouvelle");
        var form = With(new()
        {
            ["Form.Version"] = "0", ["Form.Name"] = "Mairie de Vitry", ["Form.Kind"] = nameof(HostKind.LocalAuthority), ["Form.Siret"] = TestData.Siret(9101),
            ["Form.AddressLine"] = "2 avenue Youri-Gagarine", ["Form.PostalCode"] = "94400", ["Form.City"] = "Vitry-sur-Seine",
            ["Form.RepresentativeName"] = "Pierre Gosnat", ["Form.RepresentativeFunction"] = "Maire", ["Form.Email"] = "mairie@vitry.fr",
            ["Form.Phone"] = "+33 1 46 82 80 00", ["Form.Insurer"] = "SMACL", ["Form.InsurancePolicyNumber"] = "A-42",
        }, requestId);

        var first = await client.PostWithTokenAsync("/structures/nouvelle", token, form);
        var second = await client.PostWithTokenAsync("/structures/nouvelle", token, form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().CountAsync(h => h.SchoolId == world.School.Id && h.Name == "Mairie de Vitry")));
    }

    [Fact]
    public async Task A_tutor_form_posted_twice_creates_one_tutor_and_a_new_form_creates_another()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);
        var url = $"/structures/{world.Host.Id}/tuteurs/nouveau";
        var (token, requestId) = await FormAsync(client, url);
        Dictionary<string, string?> Tutor() => new() { ["Form.LastName"] = "Dupont", ["Form.FirstName"] = "Lise", ["Form.Function"] = "Cheffe de rayon", ["Form.Phone"] = "06 01 02 03 04" };

        var first = await client.PostWithTokenAsync(url, token, With(Tutor(), requestId));
        var second = await client.PostWithTokenAsync(url, token, With(Tutor(), requestId));
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(1, await CountTutorsAsync(world.Host.Id));

        // A homonym entered on purpose, from a new form, is a new record.
        var (_, another) = await FormAsync(client, url);
        Assert.NotEqual(requestId, another);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostWithTokenAsync(url, token, With(Tutor(), another))).StatusCode);
        Assert.Equal(2, await CountTutorsAsync(world.Host.Id));
    }

    private Task<int> CountTutorsAsync(int hostId) =>
        app.WithDbAsync(db => db.Tutors.IgnoreQueryFilters().CountAsync(t => t.HostOrganisationId == hostId && t.LastName == "Dupont"));
}
