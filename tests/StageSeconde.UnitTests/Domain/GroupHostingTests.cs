using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

public sealed class GroupHostingTests
{
    private static readonly HostOrganisation Host = Some.Host();
    private static readonly HostOrganisation OtherHost = Some.Host(22, "Pharmacie des Lilas");

    private static Guid RequestOf(Student student) => new(student.Id, 0, 0, new byte[8]);

    private static GroupHostingResult Draft(IEnumerable<Student> students, ILookup<int, AgreementSlot>? theirAgreements = null, PeriodOption period = PeriodOption.BothWeeks) =>
        GroupHosting.Draft(Some.Year(), students, theirAgreements ?? Array.Empty<(int, AgreementSlot)>().ToLookup(x => x.Item1, x => x.Item2),
            Host, Some.TutorOf(Host), Some.Terms(period), Some.Secretary, Some.Now, RequestOf);

    private static ILookup<int, AgreementSlot> Agreements(params (int StudentId, AgreementSlot Slot)[] slots) => slots.ToLookup(s => s.StudentId, s => s.Slot);

    private static AgreementSlot Slot(int id, HostOrganisation host, PeriodOption period, AgreementState state = AgreementState.Validated)
    {
        var (first, last) = Agreement.DatesOf(period, Some.Year());
        return new AgreementSlot(id, host.Id, period, first, last, state);
    }

    [Fact]
    public void Every_student_gets_a_draft_with_the_same_terms_and_their_own_request()
    {
        var students = new[] { Some.Student(id: 11), Some.Student(id: 12) };

        var result = Draft(students, period: PeriodOption.Week2);

        Assert.Empty(result.Skipped);
        Assert.Equal([11, 12], result.Drafted.Select(d => d.Student.Id));
        Assert.All(result.Drafted, d =>
        {
            Assert.Equal((d.Student.Id, AgreementState.Draft, Host.Id, PeriodOption.Week2), (d.Agreement.StudentId, d.Agreement.State, d.Agreement.HostOrganisationId, d.Agreement.Period));
            Assert.Equal((Some.Year().Week2Start, Some.Year().Week2End), (d.Agreement.FirstDay, d.Agreement.LastDay));
            Assert.Equal(RequestOf(d.Student), d.Agreement.CreationRequestId);
        });
    }

    [Fact]
    public void A_student_who_has_left_is_skipped_and_the_others_still_get_theirs()
    {
        var result = Draft([Some.Student(id: 11), Some.StudentWhoLeft(id: 12)]);

        Assert.Equal(11, Assert.Single(result.Drafted).Student.Id);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal((12, GroupHosting.StudentHasLeft), (skipped.Student.Id, Assert.Single(skipped.Reasons)));
    }

    [Fact]
    public void A_student_whose_conventions_would_overlap_is_skipped_with_the_coverage_rules_reason()
    {
        var result = Draft([Some.Student(id: 11), Some.Student(id: 12)], Agreements((12, Slot(90, OtherHost, PeriodOption.Week1))));

        Assert.Equal(11, Assert.Single(result.Drafted).Student.Id);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(12, skipped.Student.Id);
        Assert.Contains("ne peuvent pas se chevaucher", Assert.Single(skipped.Reasons));
    }

    [Fact]
    public void A_second_week_at_the_same_host_is_skipped_but_at_another_host_is_drafted()
    {
        var sameHost = Some.Student(id: 11);
        var otherHost = Some.Student(id: 12);

        var result = Draft([sameHost, otherHost], Agreements((11, Slot(90, Host, PeriodOption.Week1)), (12, Slot(91, OtherHost, PeriodOption.Week1))), PeriodOption.Week2);

        Assert.Equal(12, Assert.Single(result.Drafted).Student.Id);
        Assert.Contains("deux semaines dans la même structure", Assert.Single(Assert.Single(result.Skipped).Reasons));
    }

    [Fact]
    public void A_cancelled_convention_does_not_prevent_a_new_one()
    {
        var result = Draft([Some.Student(id: 11)], Agreements((11, Slot(90, OtherHost, PeriodOption.BothWeeks, AgreementState.Cancelled))));

        Assert.Single(result.Drafted);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void No_student_no_convention()
    {
        var result = Draft([]);

        Assert.Empty(result.Drafted);
        Assert.Empty(result.Skipped);
    }
}
