using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Academie;

/// <summary>
/// An académie account sees only the lycées of its académie (<see cref="ApplicationUser.Academy"/> equals
/// <see cref="School.Academy"/>); an account without an académie sees a message and no figure.
/// </summary>
public sealed class AcademieScopeTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task<SchoolWorld> LyceeInAsync(string name, string academy)
    {
        var world = await SchoolWorld.CreateAsync(app, name);
        await app.WithDbAsync(db => db.Schools.Where(s => s.Id == world.School.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Academy, academy)));
        return world;
    }

    [Fact]
    public async Task An_academie_account_never_sees_a_lycee_of_another_academie()
    {
        var creteil = await LyceeInAsync("Lycée Créteillois Delacroix", "Créteil");
        var versailles = await LyceeInAsync("Lycée Versaillais Hoche", "Versailles");
        using var fromCreteil = await app.SignInAsync(await app.CreateUserAsync(null, Roles.Academie, academy: "Créteil"));
        // Stored with stray spaces: compared trimmed.
        using var fromVersailles = await app.SignInAsync(await app.CreateUserAsync(null, Roles.Academie, academy: " Versailles "));

        var creteilPage = (await fromCreteil.GetDocumentAsync("/academie")).DocumentElement.OuterHtml;
        var versaillesPage = (await fromVersailles.GetDocumentAsync("/academie")).DocumentElement.OuterHtml;

        Assert.Contains(creteil.School.Name, creteilPage);
        Assert.Contains(creteil.School.Uai, creteilPage);
        Assert.DoesNotContain(versailles.School.Name, creteilPage);
        Assert.DoesNotContain(versailles.School.Uai, creteilPage);
        Assert.Contains(versailles.School.Name, versaillesPage);
        Assert.Contains(versailles.School.Uai, versaillesPage);
        Assert.DoesNotContain(creteil.School.Name, versaillesPage);
        Assert.DoesNotContain(creteil.School.Uai, versaillesPage);
    }

    [Fact]
    public async Task An_academie_account_without_an_academie_sees_a_message_and_no_figure()
    {
        var world = await LyceeInAsync("Lycée Sans-Rectorat", "Créteil");
        using var client = await app.SignInAsync(await app.CreateUserAsync(null, Roles.Academie, academy: null));

        var page = await client.GetDocumentAsync("/academie");

        Assert.Contains("Aucune académie n'est rattachée à votre compte", page.QuerySelector("#sans-academie")!.TextContent);
        Assert.Null(page.QuerySelector("#lycees"));
        Assert.Null(page.QuerySelector("#academie-solution"));
        Assert.DoesNotContain(world.School.Name, page.DocumentElement.OuterHtml);
        Assert.DoesNotContain(world.School.Uai, page.DocumentElement.OuterHtml);
    }
}
