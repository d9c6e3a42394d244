using System.Net;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Security;

/// <summary>Role × area: each role reaches exactly the areas it should, and is refused the others.</summary>
public sealed class AccessMatrixTests(TestApp app) : IClassFixture<TestApp>
{
    private const string D = Roles.Direction, PP = Roles.ProfesseurPrincipal, E = Roles.Enseignant, C = Roles.Cpe,
        S = Roles.Secretariat, A = Roles.Administrateur, R = Roles.Academie;
    private static readonly string[] SchoolRoles = [D, PP, E, C, S, A];

    /// <summary>Each area of the application, a page of it, and the roles allowed there.</summary>
    private static readonly (string Area, string Url, string[] Allowed)[] Areas =
    [
        ("Tableau de bord", "/tableau-de-bord", [D]),
        ("Suivi des élèves", "/suivi", [D, PP, S]),
        ("Professeurs référents", "/referents", [D]),
        ("Proposition de référents", "/referents/proposition", [D]),
        ("Mes élèves", "/mes-eleves", [PP, E]),
        ("Élèves sans contact", "/eleves-sans-contact", [D, C]),
        ("Évaluations des tuteurs", "/evaluations", [D, PP, S]),
        ("Export des évaluations des tuteurs", "/evaluations/export.csv", [D, PP, S]),
        ("Restitution en 1ère", "/restitution", [D, PP, S]),
        ("Export de la restitution en 1ère", "/restitution/export.xlsx", [D, PP, S]),
        ("Année scolaire et période", "/etablissement/annee-scolaire", [D, A]),
        ("Classes", "/classes", SchoolRoles),
        ("Nouvelle classe", "/classes/nouvelle", [D, S, A]),
        ("Élèves", "/eleves", SchoolRoles),
        ("Nouvel élève", "/eleves/nouveau", [D, S, A]),
        ("Structures d'accueil", "/structures", SchoolRoles),
        ("Nouvelle structure", "/structures/nouvelle", [D, S, A, PP]),
        ("Personnels", "/personnels", SchoolRoles),
        ("Nouveau personnel", "/personnels/nouveau", [D, S, A]),
        ("Convocations d'examen", "/personnels/convocations", [D, S, A]),
        ("Import des convocations", "/personnels/convocations/import", [D, S, A]),
        ("Programme au lycée : activités", "/programme/activites", [D]),
        ("Programme au lycée : salles", "/programme/salles", [D]),
        ("Programme au lycée : surveillants", "/programme/surveillants", [D]),
        ("Comptes", "/comptes", [A]),
        ("Établissement", "/etablissement", [D, A]),
        ("Courriels", "/courriels", [A]),
        ("Journal des accès", "/donnees/journal", [D, A]),
        ("Conservation des données", "/donnees/conservation", [D, A]),
        ("Données personnelles", "/donnees-personnelles", [D, PP, E, C, S, A, R]),
        ("Imports", "/imports", [D, S, A]),
        ("Impression des conventions", "/impression", [D, S, A]),
        ("Conventions à valider", "/conventions/a-valider", [D]),
        ("Conventions à signer", "/conventions/a-signer", [D]),
        ("Clôture de la séquence", "/cloture", [D, S]),
        ("Conventions non signées à J-10", "/cloture/non-signees", [D, S]),
        ("Attestations de stage", "/attestations", [D, S]),
        ("Signature des conventions (chef, délégations)", "/etablissement/signature", [A]),
        ("Absences à traiter", "/absences/a-traiter", [D, PP, E, C, S]),
        ("Registre des absences", "/absences", [D, PP, E, C, S]),
        ("Signaler une absence", "/absences/signaler", [D, PP, E, C, S]),
        ("Élèves du programme au lycée", "/programme/eleves", [D, PP, E, C, S]),
        ("Proposer les élèves du programme", "/programme/eleves/proposer", [D]),
        ("Groupes du programme", "/programme/groupes", [D, PP, E, C, S]),
        ("Emploi du temps du programme", "/programme/emploi-du-temps", [D, PP, E, C, S]),
        ("Documents du programme au lycée", "/programme/documents", [D, PP, E, C, S]),
        ("Export des groupes du programme", "/programme/export/groupes.csv", [D, PP, E, C, S]),
        ("Appel du programme au lycée", "/programme/appel", [D, PP, E, C]),
        ("Statistiques académiques", "/academie", [R]),
        ("Mot de passe", "/mot-de-passe", [D, PP, E, C, S, A, R]),
        ("Sécurité du compte", "/securite-du-compte", [D, PP, E, C, S, A, R]),
        ("Double authentification", "/securite-du-compte/activer", [D, PP, E, C, S, A, R]),
    ];

    [Theory]
    [InlineData(D)]
    [InlineData(PP)]
    [InlineData(E)]
    [InlineData(C)]
    [InlineData(S)]
    [InlineData(A)]
    [InlineData(R)]
    public async Task Each_role_reaches_its_areas_and_is_refused_the_others(string role)
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(role, role == R ? null : world.School.Id);

        var wrong = new List<string>();
        foreach (var (area, url, allowed) in Areas)
        {
            using var response = await client.GetAsync(url);
            var expected = allowed.Contains(role) ? "autorisé (200)" : "refusé (/acces-refuse)";
            var actual = response.StatusCode == HttpStatusCode.OK ? "autorisé (200)"
                : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/acces-refuse") ? "refusé (/acces-refuse)"
                : $"{(int)response.StatusCode} {response.Headers.Location}";
            if (actual != expected) wrong.Add($"{area} ({url}) : attendu {expected}, obtenu {actual}");
        }

        Assert.True(wrong.Count == 0, $"{Roles.Title(role)} :\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task The_navigation_shows_only_the_areas_of_the_role()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var teacher = await app.SignInAsAsync(E, world.School.Id);
        using var admin = await app.SignInAsAsync(A, world.School.Id);

        var teacherNav = (await teacher.GetDocumentAsync("/eleves")).QuerySelectorAll(".fr-nav__link").Select(a => a.TextContent.Trim()).ToList();
        var adminNav = (await admin.GetDocumentAsync("/personnels")).QuerySelectorAll(".fr-nav__link").Select(a => a.TextContent.Trim()).ToList();

        Assert.Contains("Élèves", teacherNav);
        Assert.DoesNotContain("Établissement", teacherNav);
        Assert.DoesNotContain("Tableau de bord", teacherNav);
        Assert.Contains("Établissement", adminNav);
    }
}
