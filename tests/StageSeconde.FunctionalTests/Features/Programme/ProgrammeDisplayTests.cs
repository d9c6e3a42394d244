using StageSeconde.FunctionalTests.Features.Absences;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Programme;

/// <summary>The programme where staff already look: the pupil's page, the placement board and the dashboard.</summary>
public sealed class ProgrammeDisplayTests(AbsencesApp app) : IClassFixture<AbsencesApp>
{
    [Fact]
    public async Task The_pupils_page_shows_the_weeks_the_group_this_weeks_activities_and_the_attendance_taken()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        await app.CreateUserAsync(p.SchoolId, Roles.Cpe);
        using var teacher = await app.SignInAsync(p.Teacher.Login);
        var url = ProgrammeWorld.AttendanceUrl(p.Curious, AbsencesApp.Today, false);
        await teacher.PostFormAsync(url, url, new()
        {
            ["Lines[0].StudentId"] = $"{p.Eluard.Id}", ["Lines[0].Present"] = "true",
            ["Lines[1].StudentId"] = $"{p.Martin.Id}", ["Lines[1].Present"] = "false",
            ["Lines[2].StudentId"] = $"{p.Zola.Id}", ["Lines[2].Present"] = "true",
        });
        using var client = await app.SignInAsAsync(Roles.Direction, p.SchoolId);

        var page = await client.GetDocumentAsync($"/eleves/{p.Martin.Id}");
        var section = System.Text.RegularExpressions.Regex.Replace(page.QuerySelector("#programme")!.ParentElement!.TextContent, @"\s+", " ");
        Assert.Contains("Inscrit au programme pour la semaine 1.", section);
        Assert.Contains("Groupe : Les Curieux (semaines 1 et 2).", section);
        Assert.Contains("Activités de la semaine 1", section);
        var rows = page.QuerySelectorAll("table:has(caption) tbody tr").Where(tr => tr.TextContent.Contains("Enquête métier") || tr.TextContent.Contains("Visite")).ToList();
        Assert.Equal(10, rows.Count);
        Assert.Contains("mardi 15 juin, matin", rows[2].TextContent);
        Assert.Contains("CDI", rows[2].TextContent);
        Assert.Contains("Jérôme CAËR", rows[2].TextContent);
        Assert.Contains("Sortie", rows[3].TextContent);
        Assert.Contains("Appel fait sur 1 demi-journée(s) : 1 absence(s), le mardi 15 juin matin", section);

        // A pupil outside the programme has no such section.
        Assert.Null((await client.GetDocumentAsync($"/eleves/{p.World.Student.Id}")).QuerySelector("#programme"));
    }

    [Fact]
    public async Task The_board_names_the_group_next_to_the_situation_and_the_dashboard_counts_the_programme()
    {
        var p = await ProgrammeWorld.CreateAsync(app);
        using var client = await app.SignInAsAsync(Roles.Direction, p.SchoolId);

        var board = await client.GetDocumentAsync($"/suivi?classe={p.World.Class.Id}");
        var zola = board.QuerySelector($"tr[data-student='{p.Zola.Id}']")!.TextContent;
        Assert.Contains("Groupe Les Curieux (S1, S2)", zola);
        Assert.DoesNotContain("Groupe", board.QuerySelector($"tr[data-student='{p.World.Student.Id}']")!.TextContent);

        var dashboard = await client.GetDocumentAsync("/tableau-de-bord");
        Assert.Equal("4", dashboard.QuerySelector("#chiffre-programme-s1 [data-valeur]")?.TextContent.Trim());
        Assert.Equal("2", dashboard.QuerySelector("#chiffre-programme-s2 [data-valeur]")?.TextContent.Trim());
        Assert.Equal("2", dashboard.QuerySelector("#chiffre-programme-groupes [data-valeur]")?.TextContent.Trim());
        Assert.Equal("0", dashboard.QuerySelector("#chiffre-programme-absents [data-valeur]")?.TextContent.Trim());

        var empty = await SchoolWorld.CreateAsync(app);
        using var elsewhere = await app.SignInAsAsync(Roles.Direction, empty.School.Id);
        Assert.Null((await elsewhere.GetDocumentAsync("/tableau-de-bord")).QuerySelector("#programme-titre"));
    }
}
