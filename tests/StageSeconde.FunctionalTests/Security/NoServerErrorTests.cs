using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Security;

/// <summary>
/// "No input of any kind yields a 500": every page of the application, reached with junk in its query string, and every
/// form, posted with junk in each of its fields, answers without a server error.
/// </summary>
public sealed class NoServerErrorTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string[] Junk = ["", "-1", "abc", "99999999999999999999", "<script>alert(1)</script>", "2027-02-30", "' OR 1=1 --", "\u00e9\u0000\ud83d\ude00"];

    private static string Fill(string template, SchoolWorld world) =>
        "/" + Regex.Replace(template, @"\{([^}:]+)[^}]*\}", m => m.Groups[1].Value switch
        {
            "hostId" => world.Host.Id.ToString(),
            "studentId" => world.Student.Id.ToString(),
            "staffId" => world.Staff.Id.ToString(),
            "token" => "jeton-inconnu",
            "code" => "500",
            _ when template.StartsWith("structures/tuteurs") => world.Tutor.Id.ToString(),
            _ when template.StartsWith("structures") => world.Host.Id.ToString(),
            _ when template.StartsWith("eleves/responsables") => world.Guardian.Id.ToString(),
            _ when template.StartsWith("eleves") => world.Student.Id.ToString(),
            _ when template.StartsWith("classes") => world.Class.Id.ToString(),
            _ when template.StartsWith("personnels") => world.Staff.Id.ToString(),
            _ when template.StartsWith("etablissement") => world.Year.Id.ToString(),
            _ when template.StartsWith("conventions") => world.Agreement!.Id.ToString(),
            _ => "1",
        });

    private async Task<AppClient> SignInWithEveryRoleAsync(int schoolId)
    {
        var email = await app.CreateUserAsync(schoolId, Roles.Direction);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.AddToRolesAsync((await users.FindByEmailAsync(email))!, Roles.School.Where(r => r != Roles.Direction));
        }
        return await app.SignInAsync(email);
    }

    private List<(string Method, string Template)> Routes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, e.RoutePattern.RawText!.TrimStart('/'))))
            .Where(r => r.Item2 != "deconnexion" && !r.Item2.StartsWith("erreur", StringComparison.Ordinal))
            .Distinct().ToList();

    [Fact]
    public async Task Every_page_with_junk_in_its_query_string_answers_without_a_server_error()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        using var client = await SignInWithEveryRoleAsync(world.School.Id);

        var errors = new List<string>();
        foreach (var (_, template) in Routes().Where(r => r.Method == HttpMethods.Get))
        {
            foreach (var junk in Junk)
            {
                var value = Uri.EscapeDataString(junk);
                var url = $"{Fill(template, world)}?page={value}&sort={value}&q={value}&state={value}&classe={value}&situation={value}&kind={value}&eleve={value}&archived={value}";
                using var response = await client.GetAsync(url);
                if ((int)response.StatusCode >= 500) errors.Add($"GET {url} → {(int)response.StatusCode}");
            }
        }

        Assert.True(errors.Count == 0, "Erreurs serveur :\n" + string.Join("\n", errors.Distinct().Take(40)));
    }

    [Fact]
    public async Task Every_form_posted_with_junk_in_its_fields_answers_without_a_server_error()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        using var client = await SignInWithEveryRoleAsync(world.School.Id);
        var token = await client.TokenFromAsync("/mot-de-passe");

        // The fields of every form the pages show, by action.
        var fieldsByAction = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, template) in Routes().Where(r => r.Method == HttpMethods.Get))
        {
            using var response = await client.GetAsync(Fill(template, world));
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
            foreach (var form in page.QuerySelectorAll("form[method=post]"))
            {
                var action = form.GetAttribute("action") ?? "";
                if (!fieldsByAction.TryGetValue(action, out var fields)) fieldsByAction[action] = fields = [];
                foreach (var name in form.QuerySelectorAll("[name]").Select(e => e.GetAttribute("name")!).Where(n => n != "__RequestVerificationToken"))
                    fields.Add(name);
            }
        }

        var errors = new List<string>();
        foreach (var (_, template) in Routes().Where(r => r.Method == HttpMethods.Post))
        {
            var url = Fill(template, world);
            var fields = fieldsByAction.GetValueOrDefault(url) ?? [];
            foreach (var junk in Junk)
            {
                var form = fields.Select(f => new KeyValuePair<string, string?>(f, junk)).ToList();
                using var response = await client.PostWithTokenAsync(url, token, form);
                if ((int)response.StatusCode >= 500) errors.Add($"POST {url} ({fields.Count} champs = « {junk} ») → {(int)response.StatusCode}");
            }
        }

        Assert.True(fieldsByAction.Count > 10, "Trop peu de formulaires trouvés : le test ne vérifierait rien.");
        Assert.True(errors.Count == 0, "Erreurs serveur :\n" + string.Join("\n", errors.Distinct().Take(40)));
    }
}
