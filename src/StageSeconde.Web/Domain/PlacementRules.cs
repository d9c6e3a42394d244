namespace StageSeconde.Web.Domain;

/// <summary>
/// Derives a student's situation from their conventions and declarations (docs/reference-produit.md §3), in this order:
/// <list type="number">
/// <item>the latest declaration, when it is an alternative (SNU, mobility, exemption, in-school programme), overrides everything;
/// a later « en recherche » note withdraws it;</item>
/// <item>the whole period covered by signed (or completed) conventions → convention signée;</item>
/// <item>conventions (not cancelled) covering one week only → partiellement couvert;</item>
/// <item>any other convention not cancelled → convention en cours;</item>
/// <item>an STHR student with nothing else → dispensé (the sequence is optional for them);</item>
/// <item>a search note → en recherche; otherwise sans solution.</item>
/// </list>
/// </summary>
public static class PlacementRules
{
    public sealed record DeclarationFact(DeclarationKind Kind, DateTime DeclaredAt);

    public static Situation Derive(bool isSthr, IEnumerable<AgreementSlot> agreements, IEnumerable<DeclarationFact> declarations)
    {
        var latest = declarations.OrderByDescending(d => d.DeclaredAt).FirstOrDefault();
        if (latest is not null && latest.Kind != DeclarationKind.Searching)
            return latest.Kind switch
            {
                DeclarationKind.Snu => Situation.Snu,
                DeclarationKind.Mobility => Situation.Mobility,
                DeclarationKind.Exempted => Situation.Exempted,
                DeclarationKind.InSchoolProgramme => Situation.InSchoolProgramme,
                _ => throw new ArgumentOutOfRangeException(nameof(declarations), latest.Kind, null),
            };

        var active = agreements.Where(a => !a.IsCancelled).ToList();
        if (active.Count > 0)
        {
            var signed = active.Where(a => a.State is AgreementState.Signed or AgreementState.Completed);
            if (CoverageRules.CoverageOf(signed) == Coverage.Full) return Situation.AgreementSigned;
            return CoverageRules.CoverageOf(active) == Coverage.Partial ? Situation.PartiallyCovered : Situation.AgreementInProgress;
        }

        if (isSthr) return Situation.Exempted;
        return latest is not null ? Situation.Searching : Situation.NoSolution;
    }

    /// <summary>Situations a professeur principal must act on.</summary>
    public static bool NeedsAction(this Situation situation) =>
        situation is Situation.NoSolution or Situation.Searching or Situation.PartiallyCovered;

    /// <summary>Whether the student has a solution for the period (the placement rate's numerator).</summary>
    public static bool HasSolution(this Situation situation) => !situation.NeedsAction();

    /// <summary>Board order: students needing action first (nothing at all first), then conventions in progress, then settled ones.</summary>
    public static int Priority(this Situation situation) => situation switch
    {
        Situation.NoSolution => 0,
        Situation.PartiallyCovered => 1,
        Situation.Searching => 2,
        Situation.AgreementInProgress => 3,
        _ => 4,
    };

    /// <summary>Which weeks of the period the (not cancelled) conventions cover.</summary>
    public static (bool Week1, bool Week2) WeeksCovered(IEnumerable<AgreementSlot> agreements)
    {
        var active = agreements.Where(a => !a.IsCancelled).ToList();
        return (active.Any(a => a.Period is PeriodOption.Week1 or PeriodOption.BothWeeks),
                active.Any(a => a.Period is PeriodOption.Week2 or PeriodOption.BothWeeks));
    }
}
