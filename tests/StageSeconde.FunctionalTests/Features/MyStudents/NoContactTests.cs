using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.MyStudents;

/// <summary>
/// Students no one has contacted by the end of their first day (18 h in Paris): on the referent's page (their own) and on
/// the direction's and CPE's list (all, with the referent).
/// </summary>
public sealed class NoContactTests(ClockedTestApp app) : IClassFixture<ClockedTestApp>
{
    // Monday 14 June 2027 in Paris is UTC+2.
    private static readonly DateTimeOffset BeforeSix = new(2027, 6, 14, 15, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AtSix = new(2027, 6, 14, 16, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<string?> Listed(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#sans-contact tbody tr").Select(r => r.GetAttribute("data-student")).ToList();

    [Fact]
    public async Task Before_the_end_of_the_first_day_nobody_is_missing_and_from_six_pm_the_student_is()
    {
        var s = await MyStudentsWorld.CreateAsync(app);
        using var referent = await app.SignInAsync(s.ReferentEmail);
        using var direction = await app.SignInAsAsync(Roles.Direction, s.World.School.Id);
        var id = s.World.Student.Id.ToString();

        app.Clock.SetUtcNow(BeforeSix);
        var referentBefore = await referent.GetDocumentAsync("/mes-eleves");
        var directionBefore = await direction.GetDocumentAsync("/eleves-sans-contact");
        app.Clock.SetUtcNow(AtSix);
        var referentAfter = await referent.GetDocumentAsync("/mes-eleves");
        var directionAfter = await direction.GetDocumentAsync("/eleves-sans-contact");

        Assert.DoesNotContain(id, Listed(referentBefore));
        Assert.DoesNotContain(id, Listed(directionBefore));
        Assert.Equal([id], Listed(referentAfter));
        Assert.Contains(id, Listed(directionAfter));
        Assert.Contains("Professeur référent TEST", directionAfter.QuerySelector($"#sans-contact tr[data-student='{id}']")!.TextContent);
    }

    [Fact]
    public async Task A_contact_on_the_first_day_takes_the_student_off_the_list_and_one_before_the_sequence_does_not()
    {
        var early = await MyStudentsWorld.CreateAsync(app);
        var onTime = await MyStudentsWorld.CreateAsync(app);
        // Preparing with the tutor on the Friday before does not count; a call on Monday at 09:00 (Paris) does.
        await early.AddFollowUpAsync(app, new DateTimeOffset(2027, 6, 11, 12, 0, 0, TimeSpan.Zero));
        await onTime.AddFollowUpAsync(app, new DateTimeOffset(2027, 6, 14, 7, 0, 0, TimeSpan.Zero));
        app.Clock.SetUtcNow(AtSix.AddDays(1));
        using var cpe = await app.SignInAsAsync(Roles.Cpe, early.World.School.Id);
        using var cpeOther = await app.SignInAsAsync(Roles.Cpe, onTime.World.School.Id);

        var earlyList = Listed(await cpe.GetDocumentAsync("/eleves-sans-contact"));
        var onTimePage = await cpeOther.GetDocumentAsync("/eleves-sans-contact");

        Assert.Equal([early.World.Student.Id.ToString()], earlyList);
        Assert.Empty(Listed(onTimePage));
        Assert.Contains("Aucun élève n'attend de contact", onTimePage.Body!.TextContent);
    }

    [Fact]
    public async Task A_convention_not_yet_validated_or_starting_in_week_two_is_not_due()
    {
        var s = await MyStudentsWorld.CreateAsync(app);
        var submitted = await s.AnotherStudentAsync(app, "Soumis", s.ReferentStaffId, AgreementState.Submitted);
        var weekTwo = await app.AddAsync(TestData.Student(s.World.School.Id, s.World.Class.Id, "Semaine", "Deux"));
        await app.AddAsync(TestData.Guardian(s.World.School.Id, weekTwo.Id));
        await AgreementFactory.CreateAsync(app, s.World.School.Id, weekTwo.Id, s.World.Host.Id, AgreementState.Validated,
            AgreementFactory.Terms(PeriodOption.Week2, referentTeacherId: s.ReferentStaffId));
        app.Clock.SetUtcNow(AtSix);
        using var referent = await app.SignInAsync(s.ReferentEmail);

        var listed = Listed(await referent.GetDocumentAsync("/mes-eleves"));

        Assert.Equal([s.World.Student.Id.ToString()], listed);
        Assert.DoesNotContain(submitted.Id.ToString(), listed);
        Assert.DoesNotContain(weekTwo.Id.ToString(), listed);
    }
}
