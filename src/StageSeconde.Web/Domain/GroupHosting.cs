namespace StageSeconde.Web.Domain;

/// <summary>
/// Group hosting (accueil en groupe): the same terms, at one host, for several students of a class. Each student gets a
/// convention in draft, unless they have left the lycée or the new convention would not fit with theirs
/// (<see cref="CoverageRules"/>): they are then skipped, with the reasons, and the others still get theirs.
/// </summary>
public static class GroupHosting
{
    public const string StudentHasLeft = "L'élève a quitté l'établissement";

    /// <param name="studentAgreements">The students' conventions of <paramref name="year"/>, by student id.</param>
    /// <param name="requestIdOf">The creation request id of each student's convention (the same form sent twice creates them once).</param>
    public static GroupHostingResult Draft(SchoolYear year, IEnumerable<Student> students, ILookup<int, AgreementSlot> studentAgreements,
        HostOrganisation host, Tutor tutor, AgreementTerms terms, Actor by, DateTimeOffset at, Func<Student, Guid> requestIdOf)
    {
        var (firstDay, lastDay) = Agreement.DatesOf(terms.Period, year);
        var candidate = new AgreementSlot(0, host.Id, terms.Period, firstDay, lastDay, AgreementState.Draft);
        var drafted = new List<DraftedStudent>();
        var skipped = new List<SkippedStudent>();
        foreach (var student in students)
        {
            var reasons = student.HasLeft ? [StudentHasLeft] : CoverageRules.Check(candidate, studentAgreements[student.Id], year);
            if (reasons.Count > 0)
                skipped.Add(new SkippedStudent(student, reasons));
            else
                drafted.Add(new DraftedStudent(student, Agreement.Draft(year, student, host, tutor, terms, by, at, requestIdOf(student))));
        }
        return new GroupHostingResult(drafted, skipped);
    }
}
