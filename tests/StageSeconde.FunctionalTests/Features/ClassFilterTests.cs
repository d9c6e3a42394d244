using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features;

/// <summary>Every page filtered by class reads it from the same query parameter, <c>classe</c>.</summary>
public sealed class ClassFilterTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_conventions_list_and_the_print_selection_filter_by_classe()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var otherClass = await app.AddAsync(TestData.Class(world.School.Id));
        var other = await app.AddAsync(TestData.Student(world.School.Id, otherClass.Id, "Aubert", "Élie"));
        await AgreementFactory.CreateAsync(app, world, AgreementState.Validated);
        await AgreementFactory.CreateAsync(app, world.School.Id, other.Id, world.Host.Id, AgreementState.Validated);
        using var client = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var list = await client.GetDocumentAsync($"/conventions?classe={otherClass.Id}");
        var print = await client.GetDocumentAsync($"/impression?classe={world.Class.Id}");

        Assert.Equal(["AUBERT Élie"], list.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.ChildNodes.First().TextContent.Trim()));
        Assert.Equal(otherClass.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), list.QuerySelector("select[name=classe] option[selected]")?.GetAttribute("value"));
        Assert.Equal([world.Student.FullName], print.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()));
        Assert.Equal(world.Class.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), print.QuerySelector("select[name=classe] option[selected]")?.GetAttribute("value"));
    }
}
