namespace StageSeconde.Web.Domain;

/// <summary>
/// How a student's conventions fit together over the observation period (docs/reference-produit.md §3–§4). Cancelled conventions are ignored.
/// <list type="bullet">
/// <item>a student's conventions never overlap;</item>
/// <item>two one-week conventions are in two different hosts (one host for both weeks = one two-week convention);</item>
/// <item>a convention's dates are inside the observation period;</item>
/// <item>coverage: none, partial (one week) or full (both weeks, by one two-week convention or two one-week conventions
/// in two different hosts).</item>
/// </list>
/// </summary>
public static class CoverageRules
{
    /// <summary>
    /// What is wrong with <paramref name="candidate"/> given the student's conventions (in French; empty when nothing is).
    /// The candidate itself may be among <paramref name="studentAgreements"/>: it is recognised by its (non-zero) id and skipped.
    /// </summary>
    public static IReadOnlyList<string> Check(AgreementSlot candidate, IEnumerable<AgreementSlot> studentAgreements, SchoolYear year)
    {
        var violations = new List<string>();
        if (candidate.IsCancelled) return violations;

        if (candidate.LastDay < candidate.FirstDay)
            violations.Add($"La date de fin ({FrenchTime.Date(candidate.LastDay)}) précède la date de début ({FrenchTime.Date(candidate.FirstDay)})");
        if (candidate.FirstDay < year.ObservationStart || candidate.LastDay > year.ObservationEnd)
            violations.Add($"Les dates de la convention (du {FrenchTime.Date(candidate.FirstDay)} au {FrenchTime.Date(candidate.LastDay)}) sortent de la période d'observation (du {FrenchTime.Date(year.ObservationStart)} au {FrenchTime.Date(year.ObservationEnd)})");

        foreach (var other in Others(candidate, studentAgreements))
        {
            if (candidate.Overlaps(other))
                violations.Add($"L'élève a déjà une convention du {FrenchTime.Date(other.FirstDay)} au {FrenchTime.Date(other.LastDay)} : les conventions d'un élève ne peuvent pas se chevaucher");
            else if (candidate.IsOneWeek && other.IsOneWeek && candidate.HostOrganisationId == other.HostOrganisationId)
                violations.Add("L'élève a déjà une convention d'une semaine dans cette structure d'accueil : deux semaines dans la même structure font l'objet d'une seule convention de deux semaines");
        }
        return violations;
    }

    /// <summary>
    /// How much of the period the given conventions cover. Pass the ones that count for the question asked
    /// (e.g. only the signed ones for « Convention signée »); cancelled ones are ignored anyway.
    /// </summary>
    public static Coverage CoverageOf(IEnumerable<AgreementSlot> studentAgreements)
    {
        var active = studentAgreements.Where(a => !a.IsCancelled).ToList();
        if (active.Count == 0) return Coverage.None;
        if (active.Any(a => a.Period == PeriodOption.BothWeeks)) return Coverage.Full;

        var week1Hosts = active.Where(a => a.Period == PeriodOption.Week1).Select(a => a.HostOrganisationId).ToList();
        var week2Hosts = active.Where(a => a.Period == PeriodOption.Week2).Select(a => a.HostOrganisationId).ToList();
        return week1Hosts.Any(h1 => week2Hosts.Any(h2 => h2 != h1)) ? Coverage.Full : Coverage.Partial;
    }

    private static IEnumerable<AgreementSlot> Others(AgreementSlot candidate, IEnumerable<AgreementSlot> studentAgreements) =>
        studentAgreements.Where(a => !a.IsCancelled && !(candidate.AgreementId != 0 && a.AgreementId == candidate.AgreementId));
}
