using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.FunctionalTests.Features.Placement;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Agreements;
using StageSeconde.Web.Infrastructure.Security;
using static StageSeconde.FunctionalTests.Features.Agreements.AgreementPages;

namespace StageSeconde.FunctionalTests.Features.Agreements;

/// <summary>
/// Who may change a convention (<see cref="AgreementWriteScope"/>), through HTTP on each route that writes one: the professeur
/// principal of the student's class may, a professeur principal of another class is refused (403) and nothing is written,
/// the direction may; cancelling a convention the direction validated is the direction's alone.
/// </summary>
public sealed class AgreementScopeTests(TestApp app) : IClassFixture<TestApp>
{
    public enum Who { PrincipalOfTheClass, PrincipalOfAnotherClass, Direction }

    private sealed record Scene(TestApp App, SchoolWorld World, Agreement? Agreement, AppClient Client, AppClient Head) : IDisposable
    {
        public int Id => Agreement!.Id;
        public void Dispose() { Client.Dispose(); Head.Dispose(); }
    }

    private async Task<Scene> SceneAsync(Who who, AgreementState? state)
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = state is { } s ? await AgreementFactory.CreateAsync(app, world, s) : null;
        var otherClass = await app.AddAsync(TestData.Class(world.School.Id));
        var head = await app.SignInAsAsync(Roles.Direction, world.School.Id);
        var client = who switch
        {
            Who.PrincipalOfTheClass => await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, world.Class.Id),
            Who.PrincipalOfAnotherClass => await BoardScenario.SignInAsPrincipalOfAsync(app, world.School.Id, otherClass.Id),
            _ => await app.SignInAsAsync(Roles.Direction, world.School.Id),
        };
        return new Scene(app, world, agreement, client, head);
    }

    /// <summary>A route that writes a convention: the state it needs, how it is called, and what it did when allowed.</summary>
    private sealed record WriteRoute(AgreementState? State, Func<Scene, Task<HttpResponseMessage>> Call, Func<Scene, HttpResponseMessage, Task> Done);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> PostAsync(Scene scene, string url, IEnumerable<KeyValuePair<string, string?>> fields) =>
        await scene.Client.PostWithTokenAsync(url, await scene.Client.TokenFromAsync("/mot-de-passe"), fields);

    /// <summary>The fields of a form as the direction's page shows them (the same for every caller: only the caller changes).</summary>
    private static async Task<Dictionary<string, string?>> FormOfAsync(Scene scene, string url) => FieldsOf(await scene.Head.GetDocumentAsync(url));

    private Task<int> AgreementsOfAsync(int studentId) => app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().CountAsync(a => a.StudentId == studentId));

    private static void IsOk(HttpResponseMessage response) => Assert.Equal(HttpStatusCode.OK, response.StatusCode);

    private static void LeadsToTheConvention(Scene scene, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/conventions/{scene.Id}", response.Headers.Location!.OriginalString);
    }

    private static readonly Dictionary<string, WriteRoute> Routes = new()
    {
        ["GET nouvelle"] = new(null, s => s.Client.GetAsync(CreateUrl(s.World)), (_, r) => { IsOk(r); return Task.CompletedTask; }),
        ["POST nouvelle"] = new(null,
            async s => await PostAsync(s, CreateUrl(s.World), (await FilledCreateFormAsync(s.Head, s.World)).Fields),
            (s, r) => { AgreementIdOf(r); return Task.CompletedTask; }),
        ["GET groupe"] = new(null, s => s.Client.GetAsync($"/conventions/groupe?classe={s.World.Class.Id}"), (_, r) => { IsOk(r); return Task.CompletedTask; }),
        ["POST groupe"] = new(null, async s =>
        {
            var form = await FormOfAsync(s, $"/conventions/groupe?classe={s.World.Class.Id}");
            form.Remove("eleves");
            form["Form.HostId"] = Invariant(s.World.Host.Id);
            form["Form.TutorId"] = Invariant(s.World.Tutor.Id);
            SetDays(form, [0, 1, 2, 3, 4], LawfulDay);
            form["Form.PlannedActivities"] = "Accueil des clients, fabrication du pain observée au fournil, entretien avec le gérant.";
            form["Form.EvaluationModality"] = "Rapport d'étonnement et restitution orale en classe.";
            return await PostAsync(s, $"/conventions/groupe?classe={s.World.Class.Id}", [.. form, new("eleves", Invariant(s.World.Student.Id))]);
        }, (_, r) => { IsOk(r); return Task.CompletedTask; }),
        ["GET modifier"] = new(AgreementState.Draft, s => s.Client.GetAsync($"/conventions/{s.Id}/modifier"), (_, r) => { IsOk(r); return Task.CompletedTask; }),
        ["POST modifier"] = new(AgreementState.Draft, async s =>
        {
            var form = await FormOfAsync(s, $"/conventions/{s.Id}/modifier");
            form["Form.Remarks"] = "Arrivée à 9 h précises.";
            return await PostAsync(s, $"/conventions/{s.Id}/modifier", form);
        }, async (s, r) =>
        {
            LeadsToTheConvention(s, r);
            Assert.Equal("Arrivée à 9 h précises.", (await StoredAsync(s, s.Id)).Remarks);
        }),
        ["POST soumettre"] = new(AgreementState.Draft,
            s => PostAsync(s, $"/conventions/{s.Id}/soumettre", [new("version", Invariant(s.Agreement!.Version))]),
            async (s, r) => { LeadsToTheConvention(s, r); Assert.Equal(AgreementState.Submitted, (await StoredAsync(s, s.Id)).State); }),
        // Completing is refused before the last day: allowed here means answered by the rule, not refused by the scope.
        ["POST terminer"] = new(AgreementState.Signed,
            s => PostAsync(s, $"/conventions/{s.Id}/terminer", [new("version", Invariant(s.Agreement!.Version))]),
            (s, r) => { LeadsToTheConvention(s, r); return Task.CompletedTask; }),
        ["GET annuler"] = new(AgreementState.Draft, s => s.Client.GetAsync($"/conventions/{s.Id}/annuler"), (_, r) => { IsOk(r); return Task.CompletedTask; }),
        ["POST annuler"] = new(AgreementState.Draft, async s =>
        {
            var form = await FormOfAsync(s, $"/conventions/{s.Id}/annuler");
            form["Form.Reason"] = "L'élève a trouvé une autre structure.";
            return await PostAsync(s, $"/conventions/{s.Id}/annuler", form);
        }, async (s, r) => { LeadsToTheConvention(s, r); Assert.Equal(AgreementState.Cancelled, (await StoredAsync(s, s.Id)).State); }),
        ["POST lien-tuteur/emettre"] = new(AgreementState.Validated,
            s => PostAsync(s, $"/conventions/{s.Id}/lien-tuteur/emettre", []),
            async (s, r) => { LeadsToTheConvention(s, r); Assert.Equal(1, await LinksOfAsync(s)); }),
        ["POST lien-tuteur/revoquer"] = new(AgreementState.Validated,
            s => PostAsync(s, $"/conventions/{s.Id}/lien-tuteur/revoquer", []),
            (s, r) => { LeadsToTheConvention(s, r); return Task.CompletedTask; }),
        ["GET lien-tuteur/fiche.pdf"] = new(AgreementState.Validated,
            s => s.Client.GetAsync($"/conventions/{s.Id}/lien-tuteur/fiche.pdf"),
            async (s, r) => { IsOk(r); Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType); Assert.Equal(1, await LinksOfAsync(s)); }),
    };

    private static Task<Agreement> StoredAsync(Scene scene, int id) => AgreementPages.StoredAsync(scene.App, id);

    private static Task<int> LinksOfAsync(Scene scene) =>
        scene.App.WithDbAsync(db => db.Set<AgreementLink>().IgnoreQueryFilters().CountAsync(l => l.AgreementId == scene.Id));

    public static TheoryData<string> RouteNames() => [.. Routes.Keys];

    /// <summary>What a refused call must leave as it was: the student's conventions, their states and versions, the tutor's links.</summary>
    private Task<string> ConventionsOfAsync(SchoolWorld world) =>
        app.WithDbAsync(async db =>
        {
            var rows = await db.Agreements.IgnoreQueryFilters().Where(a => a.SchoolId == world.School.Id)
                .OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.State}:{a.Version}").ToListAsync();
            var links = await db.Set<AgreementLink>().IgnoreQueryFilters().CountAsync(l => l.SchoolId == world.School.Id);
            return string.Join(",", rows) + $"|liens:{links}";
        });

    /// <summary>The start of a convention's routes, left out of the names of <see cref="Routes"/>.</summary>
    private static readonly Regex ConventionRoute = new(@"^conventions/(\{id:int\}/)?");

    /// <summary>Every action behind <see cref="Policies.ManageAgreements"/> (the roles that write conventions) is one of <see cref="Routes"/>.</summary>
    [Fact]
    public void Every_route_that_writes_a_convention_is_tested_here()
    {
        var writing = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.ManageAgreements))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => m + " " + ConventionRoute.Replace(e.RoutePattern.RawText!.TrimStart('/'), "")))
            .Distinct().ToList();

        Assert.True(writing.Count >= Routes.Count, "Trop peu de routes trouvées : le test ne vérifierait rien.");
        Assert.Empty(writing.Except(Routes.Keys));
    }

    [Theory]
    [MemberData(nameof(RouteNames))]
    public async Task A_principal_teacher_of_another_class_is_refused_and_nothing_is_written(string route)
    {
        var write = Routes[route];
        using var scene = await SceneAsync(Who.PrincipalOfAnotherClass, write.State ?? AgreementState.Draft);
        var before = await ConventionsOfAsync(scene.World);

        using var response = await write.Call(scene);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/acces-refuse", response.Headers.Location!.OriginalString);
        Assert.Equal(before, await ConventionsOfAsync(scene.World));
    }

    [Theory]
    [MemberData(nameof(RouteNames))]
    public async Task The_principal_teacher_of_the_class_may(string route) => await AllowedAsync(route, Who.PrincipalOfTheClass);

    [Theory]
    [MemberData(nameof(RouteNames))]
    public async Task The_direction_may(string route) => await AllowedAsync(route, Who.Direction);

    private async Task AllowedAsync(string route, Who who)
    {
        var write = Routes[route];
        using var scene = await SceneAsync(who, write.State);
        var before = await AgreementsOfAsync(scene.World.Student.Id);

        using var response = await write.Call(scene);

        await write.Done(scene, response);
        if (route is "POST nouvelle" or "POST groupe") Assert.Equal(before + 1, await AgreementsOfAsync(scene.World.Student.Id));
    }

    [Theory]
    [InlineData(AgreementState.Validated)]
    [InlineData(AgreementState.InSignature)]
    [InlineData(AgreementState.Signed)]
    public async Task Cancelling_a_convention_the_direction_validated_is_refused_to_the_principal_teacher(AgreementState state)
    {
        using var scene = await SceneAsync(Who.PrincipalOfTheClass, state);
        var form = await FormOfAsync(scene, $"/conventions/{scene.Id}/annuler");
        form["Form.Reason"] = "La structure ne peut plus accueillir l'élève.";

        using var page = await scene.Client.GetAsync($"/conventions/{scene.Id}/annuler");
        using var post = await PostAsync(scene, $"/conventions/{scene.Id}/annuler", form);

        LeadsToTheConvention(scene, page);
        Assert.Contains(AgreementWriteScope.CancellationReservedMessage, await FollowAsync(scene.Client, post));
        Assert.Equal(state, (await StoredAsync(scene, scene.Id)).State);
        var details = await scene.Client.GetDocumentAsync($"/conventions/{scene.Id}");
        Assert.Null(details.QuerySelector($"a[href='/conventions/{scene.Id}/annuler']"));
        Assert.NotNull(details.QuerySelector($"a[href='/conventions/{scene.Id}/modifier']"));
    }

    [Fact]
    public async Task The_direction_cancels_a_signed_convention()
    {
        using var scene = await SceneAsync(Who.Direction, AgreementState.Signed);
        var details = await scene.Client.GetDocumentAsync($"/conventions/{scene.Id}");
        Assert.NotNull(details.QuerySelector($"a[href='/conventions/{scene.Id}/annuler']"));
        var form = await FormOfAsync(scene, $"/conventions/{scene.Id}/annuler");
        form["Form.Reason"] = "La structure ne peut plus accueillir l'élève.";

        using var post = await PostAsync(scene, $"/conventions/{scene.Id}/annuler", form);

        Assert.Contains("Convention annulée.", await FollowAsync(scene.Client, post));
        Assert.Equal(AgreementState.Cancelled, (await StoredAsync(scene, scene.Id)).State);
    }

    [Fact]
    public async Task A_principal_teacher_sees_no_button_to_change_the_conventions_of_another_class_and_only_their_classes_for_a_group()
    {
        using var scene = await SceneAsync(Who.PrincipalOfAnotherClass, AgreementState.Draft);

        var details = await scene.Client.GetDocumentAsync($"/conventions/{scene.Id}");
        var student = await scene.Client.GetDocumentAsync($"/eleves/{scene.World.Student.Id}");
        var group = await scene.Client.GetDocumentAsync("/conventions/groupe");

        Assert.Null(details.QuerySelector($"a[href='/conventions/{scene.Id}/modifier']"));
        Assert.Null(details.QuerySelector($"form[action='/conventions/{scene.Id}/soumettre']"));
        Assert.Null(details.QuerySelector($"a[href='/conventions/{scene.Id}/annuler']"));
        Assert.Null(student.QuerySelector($"a[href='/conventions/nouvelle?eleve={scene.World.Student.Id}']"));
        var classes = group.QuerySelectorAll("select[name=classe] option").Select(o => o.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v)).ToList();
        Assert.Single(classes);
        Assert.DoesNotContain(Invariant(scene.World.Class.Id), classes);
    }
}
