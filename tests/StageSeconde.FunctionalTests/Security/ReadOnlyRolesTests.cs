using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Security;

/// <summary>
/// The roles that only read (professeur référent, CPE) and the académie are refused every form of the application
/// but their own password and the few a role writes in (listed in <see cref="WrittenBy"/>, tested by their feature) and, for the
/// professeur référent and the CPE, the absences (docs/reference-produit.md §5: they record and handle them, tested in
/// Features/Absences): a new write action without a policy fails this test.
/// </summary>
public sealed class ReadOnlyRolesTests(TestApp app) : IClassFixture<TestApp>
{
    /// <summary>
    /// Forms anyone signed in (or not) may post (the tutor's page answers to its secret link, not to a role; the public
    /// verification page writes nothing, it compares a file or a hash).
    /// </summary>
    private static readonly HashSet<string> OpenToEveryone =
        ["connexion", "deconnexion", "mot-de-passe", "definir-mot-de-passe", "t/{token}", "t/{token}/evaluation", "s/{token}", "s/{token}/code", "s/{token}/refuser",
         "verifier/{code}/fichier", "verifier/{code}/empreinte",
         // Each user's own sign-in security: the second step of signing in, and their own two-factor authentication.
         "connexion/code", "connexion/code-de-recuperation", "securite-du-compte/activer", "securite-du-compte/codes-de-recuperation",
         "securite-du-compte/desactiver", "securite-du-compte/oublier-appareil"];

    /// <summary>Forms a role writes in: the referent teacher logs the follow-up of their students (FollowUpTests check the others are refused).</summary>
    private static readonly string[] ProgrammeForms = ["programme/appel/{groupId:int}/{date}/{part}", "programme/documents"];

    private static readonly Dictionary<string, string[]> WrittenBy = new()
    {
        // The referent teacher records their pupils' reports (PupilReportTests check a teacher who is not the referent is refused).
        [Roles.Enseignant] = ["mes-eleves/{studentId:int}/suivi", "conventions/{id:int}/evaluation", "eleves/{studentId:int}/rapport", "eleves/{studentId:int}/rapport/supprimer", .. ProgrammeForms],
        // The CPE and the supervisors take the programme's attendance and print its documents (ProgrammeAttendanceTests, ProgrammeDocumentsTests).
        [Roles.Cpe] = ProgrammeForms,
    };

    [Theory]
    [InlineData(Roles.Enseignant)]
    [InlineData(Roles.Cpe)]
    [InlineData(Roles.Academie)]
    public async Task Every_write_action_is_refused(string role)
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        using var client = await app.SignInAsAsync(role, role == Roles.Academie ? null : world.School.Id);
        var token = await client.TokenFromAsync("/mot-de-passe");
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Post) == true)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(t => !OpenToEveryone.Contains(t) && !WrittenBy.GetValueOrDefault(role, []).Contains(t))
            .Where(t => role == Roles.Academie || !t.StartsWith("absences", StringComparison.Ordinal))
            .Distinct().ToList();

        var allowed = new List<string>();
        foreach (var template in routes)
        {
            // A pupil of the role's own school (whatever ran before in this class), so that a refusal is the role's, not a 404.
            var url = "/" + System.Text.RegularExpressions.Regex.Replace(
                System.Text.RegularExpressions.Regex.Replace(template, @"\{studentId[^}]*\}", world.Student.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                @"\{[^}]+\}", "1");
            using var response = await client.PostWithTokenAsync(url, token, []);
            var refused = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/acces-refuse");
            if (!refused) allowed.Add($"POST {url} → {(int)response.StatusCode} {response.Headers.Location}");
        }

        Assert.True(routes.Count > 30, "Trop peu de formulaires trouvés : le test ne vérifierait rien.");
        Assert.True(allowed.Count == 0, $"{Roles.Title(role)} n'est pas refusé sur :\n" + string.Join("\n", allowed));
    }
}
