namespace StageSeconde.Web.Domain;

/// <summary>
/// Group hosting (accueil en groupe): the same terms, at one host, for several pupils of a class. Each pupil gets a
/// convention in draft, unless they have left the lycée or the new convention would not fit with theirs
/// (<see cref="CoverageRules"/>): they are then skipped, with the reasons, and the others still get theirs.
/// </summary>
public static class GroupHosting
{
    public const string PupilHasLeft = "L'élève a quitté l'établissement";

    /// <param name="pupilAgreements">The pupils' conventions of <paramref name="year"/>, by pupil id.</param>
    /// <param name="requestIdOf">The creation request id of each pupil's convention (the same form sent twice creates them once).</param>
    public static GroupHostingResult Draft(SchoolYear year, IEnumerable<Student> pupils, ILookup<int, AgreementSlot> pupilAgreements,
        HostOrganisation host, Tutor tutor, AgreementTerms terms, Actor by, DateTimeOffset at, Func<Student, Guid> requestIdOf)
    {
        var (firstDay, lastDay) = Agreement.DatesOf(terms.Period, year);
        var candidate = new AgreementSlot(0, host.Id, terms.Period, firstDay, lastDay, AgreementState.Draft);
        var drafted = new List<DraftedPupil>();
        var skipped = new List<SkippedPupil>();
        foreach (var pupil in pupils)
        {
            var reasons = pupil.HasLeft ? [PupilHasLeft] : CoverageRules.Check(candidate, pupilAgreements[pupil.Id], year);
            if (reasons.Count > 0)
                skipped.Add(new SkippedPupil(pupil, reasons));
            else
                drafted.Add(new DraftedPupil(pupil, Agreement.Draft(year, pupil, host, tutor, terms, by, at, requestIdOf(pupil))));
        }
        return new GroupHostingResult(drafted, skipped);
    }
}
