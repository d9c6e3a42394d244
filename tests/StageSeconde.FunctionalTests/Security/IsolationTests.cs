using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.FunctionalTests.Features.Validation;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Security;

/// <summary>
/// A user of school A asking for any record of school B gets 404, on every route that names a record.
/// The routes are read from the application's endpoints, so a new record route without a rule here fails the test.
/// </summary>
public sealed class IsolationTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>Which record a route's parameters name, by the route's template (first match wins).</summary>
    private readonly (Regex Template, Func<SchoolWorld, int> Id)[] RecordRoutes =
    [
        (new("^conventions/scans/"), w => Conventions.ScanOf(app, w)),
        (new(@"^conventions/\{id[^}]*\}/convention-signee"), w => Features.SignedAgreements.SealedConventions.SealedAgreementOf(app, w)),
        (new("^structures/tuteurs/"), w => w.Tutor.Id),
        (new("^structures/"), w => w.Host.Id),
        (new("^mes-eleves/"), w => w.Student.Id),
        (new("^eleves/responsables/"), w => w.Guardian.Id),
        (new(@"^eleves/\{studentId[^}]*\}/rapport"), w => Features.PupilReports.PupilReportRecords.StudentWithReportOf(app, w)),
        (new("^eleves/"), w => w.Student.Id),
        (new("^classes/"), w => w.Class.Id),
        (new("^personnels/convocations/"), w => Features.ProgrammeSetup.ProgrammeRecords.DutyOf(app, w)),
        (new("^programme/activites/"), w => Features.ProgrammeSetup.ProgrammeRecords.ActivityOf(app, w)),
        (new("^programme/salles/"), w => Features.ProgrammeSetup.ProgrammeRecords.RoomOf(app, w)),
        (new("^programme/surveillants/"), w => Features.ProgrammeSetup.ProgrammeRecords.SupervisorOf(app, w)),
        (new("^personnels/"), w => w.Staff.Id),
        (new("^comptes/personnel/"), w => w.Staff.Id),
        (new("^etablissement/annee-scolaire/"), w => w.Year.Id),
        (new("^etablissement/signature/delegations/"), w => Features.HeadSignature.DelegationRecords.Of(app, w)),
        (new("^conventions/"), w => w.Agreement!.Id),
        (new("^absences/"), w => Features.Absences.AbsenceRecords.Of(app, w)),
        (new("^programme/eleves/"), w => w.Student.Id),
        (new("^programme/groupes/"), w => Features.Programme.ProgrammeRecords.GroupOf(app, w)),
        (new("^programme/emploi-du-temps/creneaux/"), w => Features.Programme.ProgrammeRecords.SlotOf(app, w)),
    ];

    /// <summary>
    /// Routes whose parameters are not records (an import token is checked against its uploader by the imports tests; the
    /// tutor's link token, by the tutor's page tests; the public verification code, by the verification tests; the
    /// programme's exports name a file format).
    /// </summary>
    private static readonly Regex NotARecord = new("^(erreur|imports|t|s|verifier|programme/export)/");

    /// <summary>
    /// The programme's documents and attendance name a half-day (date and part) of a group: their isolation is tested with a
    /// programme of each of two schools in Features/Programme (ProgrammeDocumentsTests, ProgrammeAttendanceTests).
    /// </summary>
    private static readonly Regex TestedWithTheProgramme = new("^programme/(documents|appel)/");

    private sealed record RecordRoute(string Method, string Template);

    private IReadOnlyList<RecordRoute> AllRecordRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new RecordRoute(m, e.RoutePattern.RawText!.TrimStart('/'))))
            .Where(r => !NotARecord.IsMatch(r.Template) && !TestedWithTheProgramme.IsMatch(r.Template))
            .Distinct()
            .ToList();

    private string UrlFor(RecordRoute route, SchoolWorld world)
    {
        var rule = RecordRoutes.FirstOrDefault(r => r.Template.IsMatch(route.Template));
        if (rule.Template is null) throw new InvalidOperationException($"Route sans règle d'isolement : {route.Method} /{route.Template}");
        var id = rule.Id(world);
        return "/" + Regex.Replace(route.Template, @"\{[^}]+\}", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The URL of route <paramref name="template"/> naming the records of <paramref name="world"/> by this test's rules; null for
    /// a route whose parameters are not records (<see cref="NotARecord"/>, <see cref="TestedWithTheProgramme"/>) or that has no
    /// parameter. <see cref="EveryRouteTests"/> calls every route with them.
    /// </summary>
    internal string? RecordUrlFor(string template, SchoolWorld world) =>
        !template.Contains('{') || NotARecord.IsMatch(template) || TestedWithTheProgramme.IsMatch(template) ? null
            : UrlFor(new RecordRoute(HttpMethods.Get, template), world);

    private async Task<AppClient> SignInWithEveryRoleAsync(int schoolId)
    {
        var email = await app.CreateUserAsync(schoolId, Roles.Direction);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email);
            await users.AddToRolesAsync(user!, Roles.School.Where(r => r != Roles.Direction));
        }
        return await app.SignInAsync(email);
    }

    [Fact]
    public async Task Every_record_route_is_covered_by_a_rule()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        var routes = AllRecordRoutes();

        Assert.NotEmpty(routes);
        foreach (var route in routes) UrlFor(route, world);
    }

    [Fact]
    public async Task Every_record_route_of_another_school_is_not_found()
    {
        var schoolA = await SchoolWorld.CreateAsync(app, "Lycée A", withAgreement: true);
        var schoolB = await SchoolWorld.CreateAsync(app, "Lycée B", withAgreement: true);
        using var client = await SignInWithEveryRoleAsync(schoolA.School.Id);
        var token = await client.TokenFromAsync("/mot-de-passe");

        var leaks = new List<string>();
        foreach (var route in AllRecordRoutes())
        {
            var url = UrlFor(route, schoolB);
            using var response = route.Method == HttpMethods.Get
                ? await client.GetAsync(url)
                : await client.PostWithTokenAsync(url, token, []);
            if (response.StatusCode != HttpStatusCode.NotFound) leaks.Add($"{route.Method} {url} → {(int)response.StatusCode}");
        }

        Assert.True(leaks.Count == 0, "Fiches d'un autre établissement accessibles :\n" + string.Join("\n", leaks));
    }

    /// <summary>The board names its class in the query string, not in the route: another school's class is not found either.</summary>
    [Theory]
    [InlineData("/suivi")]
    [InlineData("/suivi/export.csv")]
    [InlineData("/suivi/export.xlsx")]
    [InlineData("/suivi/liste.pdf")]
    [InlineData("/restitution")]
    [InlineData("/restitution/export.csv")]
    public async Task The_board_of_a_class_of_another_school_is_not_found(string path)
    {
        var schoolA = await SchoolWorld.CreateAsync(app, "Lycée A");
        var schoolB = await SchoolWorld.CreateAsync(app, "Lycée B");
        using var client = await SignInWithEveryRoleAsync(schoolA.School.Id);

        using var other = await client.GetAsync($"{path}?classe={schoolB.Class.Id}");
        using var own = await client.GetAsync($"{path}?classe={schoolA.Class.Id}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    /// <summary>The attestations of a class name it in the query string: another school's class is not found.</summary>
    [Fact]
    public async Task The_attestations_of_a_class_of_another_school_are_not_found()
    {
        var schoolA = await SchoolWorld.CreateAsync(app, "Lycée A");
        var schoolB = await SchoolWorld.CreateAsync(app, "Lycée B");
        using var client = await SignInWithEveryRoleAsync(schoolA.School.Id);

        using var other = await client.GetAsync($"/attestations/lot.pdf?classe={schoolB.Class.Id}");
        using var own = await client.GetAsync($"/attestations/lot.pdf?classe={schoolA.Class.Id}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
    }

    [Fact]
    public async Task The_same_pages_of_the_own_school_are_found()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        using var client = await SignInWithEveryRoleAsync(world.School.Id);

        var missing = new List<string>();
        foreach (var route in AllRecordRoutes().Where(r => r.Method == HttpMethods.Get))
        {
            var url = UrlFor(route, world);
            using var response = await client.GetAsync(url);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect)) missing.Add($"GET {url} → {(int)response.StatusCode}");
        }

        Assert.True(missing.Count == 0, "Pages de son propre établissement introuvables :\n" + string.Join("\n", missing));
    }
}
