using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Security;

/// <summary>
/// Links are built from routes (<c>asp-controller</c>/<c>asp-action</c>, <c>Url.Action</c>): a route renamed or removed
/// leaves an empty <c>href</c> or <c>action</c> instead of a 404 page. This test visits every page of the application as a
/// user with every school role and asserts that no link or form target is empty, and that every link it finds leads
/// somewhere (no 404, no server error).
/// </summary>
public sealed class LinkTests(TestApp app) : IClassFixture<TestApp>
{
    private static string Fill(string template, SchoolWorld world) =>
        "/" + Regex.Replace(template, @"\{([^}:]+)[^}]*\}", m => m.Groups[1].Value switch
        {
            _ when template.StartsWith("structures/tuteurs", StringComparison.Ordinal) => world.Tutor.Id.ToString(),
            _ when template.StartsWith("structures", StringComparison.Ordinal) => world.Host.Id.ToString(),
            _ when template.StartsWith("eleves/responsables", StringComparison.Ordinal) => world.Guardian.Id.ToString(),
            _ when template.StartsWith("eleves", StringComparison.Ordinal) => world.Student.Id.ToString(),
            _ when template.StartsWith("classes", StringComparison.Ordinal) => world.Class.Id.ToString(),
            _ when template.StartsWith("personnels", StringComparison.Ordinal) => world.Staff.Id.ToString(),
            _ when template.StartsWith("etablissement", StringComparison.Ordinal) => world.Year.Id.ToString(),
            _ when template.StartsWith("conventions", StringComparison.Ordinal) => world.Agreement!.Id.ToString(),
            _ => "1",
        });

    [Fact]
    public async Task Every_link_and_form_of_every_page_has_a_target_that_exists()
    {
        var world = await SchoolWorld.CreateAsync(app, withAgreement: true);
        var email = await app.CreateUserAsync(world.School.Id, Roles.Direction);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.AddToRolesAsync((await users.FindByEmailAsync(email))!, Roles.School.Where(r => r != Roles.Direction));
        }
        using var client = await app.SignInAsync(email);

        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Contains(HttpMethods.Get))
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(t => t != "deconnexion" && !t.StartsWith("erreur", StringComparison.Ordinal))
            .Select(t => Fill(t, world))
            .Distinct().ToList();

        var problems = new List<string>();
        var links = new Dictionary<string, string>(StringComparer.Ordinal);   // link → first page showing it
        var htmlPages = 0;
        foreach (var url in pages)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            htmlPages++;
            var page = await AppClient.ParseAsync(await response.Content.ReadAsStringAsync());
            foreach (var anchor in page.QuerySelectorAll("a"))
            {
                var href = anchor.GetAttribute("href");
                if (href is null) continue;   // a DSFR breadcrumb's current page has no href
                if (href.Trim().Length == 0) problems.Add($"{url} : lien vide « {anchor.TextContent.Trim()} »");
                else if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/lib/", StringComparison.Ordinal))
                    links.TryAdd(href.Split('#')[0], url);
            }
            foreach (var form in page.QuerySelectorAll("form"))
            {
                var action = form.GetAttribute("action");
                if (action is not null && action.Trim().Length == 0) problems.Add($"{url} : formulaire sans cible");
            }
        }

        foreach (var (link, shownOn) in links)
        {
            using var response = await client.GetAsync(link);
            if (response.StatusCode == HttpStatusCode.NotFound || (int)response.StatusCode >= 500)
                problems.Add($"{shownOn} : le lien {link} répond {(int)response.StatusCode}");
        }

        Assert.True(htmlPages > 30, $"Seulement {htmlPages} pages lues : le test ne vérifierait rien.");
        Assert.True(links.Count > 50, $"Seulement {links.Count} liens trouvés : le test ne vérifierait rien.");
        Assert.True(problems.Count == 0, "Liens cassés :\n" + string.Join("\n", problems.Distinct().Take(40)));
    }
}
