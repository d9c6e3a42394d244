using System.Net;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.Referents;

namespace StageSeconde.FunctionalTests.Features.Referents;

public sealed class ReferentsTests(TestApp app) : IClassFixture<TestApp>
{
    private sealed record Setup(SchoolWorld World, StaffMember Lettres, StaffMember Svt, StaffMember Examiner, Student AtSameHost, Student Elsewhere);

    /// <summary>
    /// Three placed students — two at the world's host, one elsewhere — and three teachers besides the world's staff member
    /// (who is archived here): two free, one busy as an examiner.
    /// </summary>
    private async Task<Setup> PlacedStudentsAsync()
    {
        var world = await SchoolWorld.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            var staff = await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == world.Staff.Id);
            staff.Archive();
            await db.SaveChangesAsync();
        });
        var lettres = TestData.Staff(world.School.Id, "Aubert");
        lettres.UpdateDetails(lettres.LastName, lettres.FirstName, "Professeure de lettres", lettres.Email, lettres.Phone);
        var svt = TestData.Staff(world.School.Id, "Bonnet");
        svt.UpdateDetails(svt.LastName, svt.FirstName, "Professeur de SVT", svt.Email, svt.Phone);
        var examiner = TestData.Staff(world.School.Id, "Carré");
        foreach (var teacher in new[] { lettres, svt, examiner }) await app.AddAsync(teacher);
        // Convoked as examiner every day of the observation period: never proposed while the others are free.
        for (var day = world.Year.ObservationStart; day <= world.Year.ObservationEnd; day = day.AddDays(1))
            if (day.DayOfWeek != DayOfWeek.Sunday) await app.AddAsync(new ExaminerDuty(world.School.Id, examiner.Id, day, DayPart.WholeDay, "Oral"));

        var atSameHost = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Dumas", "Léa"));
        var elsewhere = await app.AddAsync(TestData.Student(world.School.Id, world.Class.Id, "Ernaux", "Tom"));
        await app.AddAsync(TestData.Guardian(world.School.Id, elsewhere.Id));
        var otherHost = await app.AddAsync(TestData.Host(world.School.Id, "Pharmacie Centrale"));
        await app.AddAsync(TestData.Tutor(world.School.Id, otherHost.Id));

        await AgreementFactory.CreateAsync(app, world, AgreementState.Signed);
        await AgreementFactory.CreateAsync(app, world.School.Id, atSameHost.Id, world.Host.Id, AgreementState.Submitted);
        await AgreementFactory.CreateAsync(app, world.School.Id, elsewhere.Id, otherHost.Id);
        return new Setup(world, lettres, svt, examiner, atSameHost, elsewhere);
    }

    private Task<Dictionary<int, int?>> ReferentsByStudentAsync(int schoolId) =>
        app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.SchoolId == schoolId)
            .ToDictionaryAsync(a => a.StudentId, a => a.ReferentTeacherId));

    [Fact]
    public async Task The_proposal_is_reviewed_then_confirmed_in_one_go()
    {
        var setup = await PlacedStudentsAsync();
        using var client = await app.SignInAsAsync(Roles.Direction, setup.World.School.Id);

        var page = await client.GetDocumentAsync("/referents/proposition");

        Assert.Equal(3, page.QuerySelectorAll("#proposition tbody tr").Length);
        var loads = page.QuerySelectorAll("#charges tbody tr").ToDictionary(r => int.Parse(r.GetAttribute("data-staff")!), r => r.QuerySelectorAll("td")[3].TextContent);
        Assert.Equal("0", loads[setup.Examiner.Id]);
        Assert.Equal(3, int.Parse(loads[setup.Lettres.Id]) + int.Parse(loads[setup.Svt.Id]));
        Assert.Empty(await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.SchoolId == setup.World.School.Id && a.ReferentTeacherId != null).ToListAsync()));

        var plan = page.QuerySelector("input[name=Plan]")!.GetAttribute("value");
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostWithTokenAsync("/referents/proposition", token, new Dictionary<string, string?> { ["Plan"] = plan, ["ReassignAll"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/referents", response.Headers.Location!.OriginalString);
        var referents = await ReferentsByStudentAsync(setup.World.School.Id);
        Assert.Equal(referents[setup.World.Student.Id], referents[setup.AtSameHost.Id]);
        Assert.NotEqual(referents[setup.World.Student.Id], referents[setup.Elsewhere.Id]);
        Assert.All(referents.Values, id => Assert.Contains(id, new int?[] { setup.Lettres.Id, setup.Svt.Id }));
        var list = await client.GetDocumentAsync("/referents");
        Assert.Contains("Professeurs référents attribués : 3 élève(s), 3 convention(s).", list.Body!.TextContent);
        Assert.Contains("dont 0 sans référent", list.Body!.TextContent);
    }

    [Fact]
    public async Task A_convention_changed_meanwhile_stops_the_confirmation_and_asks_to_review_again()
    {
        var setup = await PlacedStudentsAsync();
        using var client = await app.SignInAsAsync(Roles.Direction, setup.World.School.Id);
        var page = await client.GetDocumentAsync("/referents/proposition");
        var plan = page.QuerySelector("input[name=Plan]")!.GetAttribute("value");
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // Meanwhile, someone names the examiner as the referent of one convention.
        await app.WithDbAsync(async db =>
        {
            var agreement = await db.Agreements.IgnoreQueryFilters().SingleAsync(a => a.StudentId == setup.Elsewhere.Id);
            agreement.AssignReferentTeacher(setup.Examiner.Id);
            await db.SaveChangesAsync();
        });
        var response = await client.PostWithTokenAsync("/referents/proposition", token, new Dictionary<string, string?> { ["Plan"] = plan, ["ReassignAll"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/referents/proposition", response.Headers.Location!.OriginalString);
        var referents = await ReferentsByStudentAsync(setup.World.School.Id);
        Assert.Null(referents[setup.World.Student.Id]);
        Assert.Null(referents[setup.AtSameHost.Id]);
        Assert.Equal(setup.Examiner.Id, referents[setup.Elsewhere.Id]);
        var again = await client.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Contains(ReferentAssignments.ChangedMeanwhileMessage, again.Body!.TextContent);
        // The new proposal keeps the assignment made meanwhile.
        var kept = again.QuerySelector($"#proposition tr[data-student='{setup.Elsewhere.Id}']")!.TextContent;
        Assert.Contains("Attribution existante conservée", kept);
    }

    [Fact]
    public async Task A_referent_is_assigned_by_hand_to_all_of_a_students_conventions()
    {
        var setup = await PlacedStudentsAsync();
        // A second, one-week convention of the same student elsewhere: the referent follows the student.
        await app.WithDbAsync(async db =>
        {
            var first = await db.Agreements.IgnoreQueryFilters().SingleAsync(a => a.StudentId == setup.Elsewhere.Id);
            first.Cancel("Changement de structure.", new Actor("secretariat@test.fr"), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        var host2 = await app.AddAsync(TestData.Host(setup.World.School.Id, "Mairie"));
        await app.AddAsync(TestData.Tutor(setup.World.School.Id, host2.Id));
        var host3 = await app.AddAsync(TestData.Host(setup.World.School.Id, "Crèche"));
        await app.AddAsync(TestData.Tutor(setup.World.School.Id, host3.Id));
        await AgreementFactory.CreateAsync(app, setup.World.School.Id, setup.Elsewhere.Id, host2.Id, AgreementState.Draft, AgreementFactory.Terms(PeriodOption.Week1));
        await AgreementFactory.CreateAsync(app, setup.World.School.Id, setup.Elsewhere.Id, host3.Id, AgreementState.Draft, AgreementFactory.Terms(PeriodOption.Week2));
        using var client = await app.SignInAsAsync(Roles.Direction, setup.World.School.Id);

        var list = await client.GetDocumentAsync($"/referents?classe={setup.World.Class.Id}&sansReferent=true");
        var form = list.QuerySelectorAll("form[action='/referents/attribuer']")
            .Single(f => f.QuerySelector("input[name=StudentId]")!.GetAttribute("value") == setup.Elsewhere.Id.ToString());
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value"));
        fields["TeacherId"] = setup.Svt.Id.ToString();
        var token = fields["__RequestVerificationToken"]!;
        fields.Remove("__RequestVerificationToken");
        var response = await client.PostWithTokenAsync("/referents/attribuer", token, fields!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/referents?classe={setup.World.Class.Id}&sansReferent=true", response.Headers.Location!.OriginalString);
        var agreements = await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.StudentId == setup.Elsewhere.Id).ToListAsync());
        Assert.Equal(3, agreements.Count);
        Assert.All(agreements.Where(a => a.State != AgreementState.Cancelled), a => Assert.Equal(setup.Svt.Id, a.ReferentTeacherId));
        Assert.Null(agreements.Single(a => a.State == AgreementState.Cancelled).ReferentTeacherId);
        var after = await client.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Contains("est désormais le professeur référent de l'élève", after.Body!.TextContent);
        Assert.DoesNotContain("ERNAUX Tom", after.QuerySelector("#eleves-places")?.TextContent ?? "");
    }

    [Fact]
    public async Task Staff_who_do_not_teach_cannot_be_named_referent()
    {
        var setup = await PlacedStudentsAsync();
        var cpe = TestData.Staff(setup.World.School.Id, "Durand");
        cpe.UpdateDetails(cpe.LastName, cpe.FirstName, "Conseillère principale d'éducation", cpe.Email, cpe.Phone);
        await app.AddAsync(cpe);
        using var client = await app.SignInAsAsync(Roles.Direction, setup.World.School.Id);
        var list = await client.GetDocumentAsync("/referents");
        var form = list.QuerySelectorAll("form[action='/referents/attribuer']").First();
        Assert.DoesNotContain(form.QuerySelectorAll("option"), o => o.GetAttribute("value") == cpe.Id.ToString());
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value"));
        var token = fields["__RequestVerificationToken"]!;
        fields.Remove("__RequestVerificationToken");
        fields["TeacherId"] = cpe.Id.ToString();

        await client.PostWithTokenAsync("/referents/attribuer", token, fields!);

        Assert.DoesNotContain(cpe.Id, (await ReferentsByStudentAsync(setup.World.School.Id)).Values);
    }

    [Fact]
    public async Task Only_the_direction_manages_referents()
    {
        var world = await SchoolWorld.CreateAsync(app);
        using var secretary = await app.SignInAsAsync(Roles.Secretariat, world.School.Id);

        var response = await secretary.GetAsync("/referents/proposition");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/acces-refuse", response.Headers.Location!.ToString());
    }
}
