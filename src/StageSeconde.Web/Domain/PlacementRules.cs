namespace StageSeconde.Web.Domain;

/// <summary>The two weeks of a school year's observation period (<see cref="SchoolYear.Week1Start"/> …).</summary>
public sealed record ObservationWeeks(DateOnly Week1Start, DateOnly Week1End, DateOnly Week2Start, DateOnly Week2End)
{
    public static ObservationWeeks Of(SchoolYear year) => new(year.Week1Start, year.Week1End, year.Week2Start, year.Week2End);

    /// <summary>The period of the two weeks starting on <paramref name="start"/> (a Monday).</summary>
    public static ObservationWeeks From(DateOnly start) => new(start, start.AddDays(4), start.AddDays(7), start.AddDays(11));

    public (DateOnly Start, DateOnly End) Week(int week) => week == 1 ? (Week1Start, Week1End) : (Week2Start, Week2End);
}

/// <summary>A student's situation week by week and over the whole period.</summary>
public sealed record WeeklySituation(WeekSituation Week1, WeekSituation Week2, Situation Overall)
{
    public WeekSituation Week(int week) => week == 1 ? Week1 : Week2;
}

/// <summary>
/// Derives a student's situation week by week, then over the period, from their conventions, declarations and in-school
/// programme enrolments (docs/reference-produit.md §3). A declaration never hides a convention.
/// <para>Each week, in this order:</para>
/// <list type="number">
/// <item>a signed (or completed) convention covering it → convention signée;</item>
/// <item>another convention not cancelled covering it → convention en cours;</item>
/// <item>an alternative in force covering it: SNU (its dates overlap the week), mobility (both weeks), in-school programme
/// (the weeks of its enrolments, or the weeks a declaration names), exemption (both weeks);</item>
/// <item>an STHR student who has not chosen to do the sequence → dispensé (the sequence is optional for them);</item>
/// <item>otherwise nothing.</item>
/// </list>
/// <para>An alternative is in force from its latest declaration until an explicit withdrawal of that alternative declared
/// later; a search note withdraws nothing. Overall:</para>
/// <list type="bullet">
/// <item>both weeks signed → convention signée; both weeks the same alternative → that alternative;</item>
/// <item>both weeks with nothing → en recherche when there is a search note, otherwise sans solution;</item>
/// <item>one week with nothing → partiellement couvert (needs action);</item>
/// <item>a convention not yet signed, the other week covered → convention en cours;</item>
/// <item>both weeks covered by different solutions → couvert (solutions combinées).</item>
/// </list>
/// </summary>
public static class PlacementRules
{
    /// <summary>What the rules need of a declaration (<see cref="PlacementDeclaration.Fact"/>).</summary>
    public sealed record DeclarationFact(
        DeclarationKind Kind, DateTime DeclaredAt, DateOnly? StartsOn = null, DateOnly? EndsOn = null, PeriodOption? Weeks = null,
        DeclarationKind? Withdraws = null);

    /// <summary>The declaration kinds that stand for the sequence (or, for an STHR student, record their choice), which a withdrawal names.</summary>
    public static readonly IReadOnlyList<DeclarationKind> Alternatives =
        [DeclarationKind.Snu, DeclarationKind.Mobility, DeclarationKind.Exempted, DeclarationKind.InSchoolProgramme, DeclarationKind.SthrDoesSequence];

    public static WeeklySituation Derive(bool isSthr, IEnumerable<AgreementSlot> agreements, IEnumerable<DeclarationFact> declarations,
        IReadOnlyCollection<int> programmeWeeks, ObservationWeeks period)
    {
        var active = agreements.Where(a => !a.IsCancelled).ToList();
        var all = declarations.ToList();
        var inForce = InForce(all);
        var exemptedByDefault = isSthr && !inForce.ContainsKey(DeclarationKind.SthrDoesSequence);

        WeekSituation Week(int week)
        {
            var conventions = active.Where(a => CoversWeek(a.Period, week)).ToList();
            if (conventions.Any(a => a.State is AgreementState.Signed or AgreementState.Completed)) return WeekSituation.AgreementSigned;
            if (conventions.Count > 0) return WeekSituation.AgreementInProgress;
            if (inForce.TryGetValue(DeclarationKind.Snu, out var snu) && Covers(snu, week, period)) return WeekSituation.Snu;
            if (inForce.ContainsKey(DeclarationKind.Mobility)) return WeekSituation.Mobility;
            if (programmeWeeks.Contains(week)
                || (inForce.TryGetValue(DeclarationKind.InSchoolProgramme, out var programme) && Covers(programme, week, period)))
                return WeekSituation.InSchoolProgramme;
            if (inForce.ContainsKey(DeclarationKind.Exempted) || exemptedByDefault) return WeekSituation.Exempted;
            return WeekSituation.Nothing;
        }

        var (week1, week2) = (Week(1), Week(2));
        return new WeeklySituation(week1, week2, Overall(week1, week2, all.Any(d => d.Kind == DeclarationKind.Searching)));
    }

    /// <summary>The overall situation from the two weeks' (see the class summary).</summary>
    public static Situation Overall(WeekSituation week1, WeekSituation week2, bool hasSearchNote)
    {
        if (week1 == WeekSituation.Nothing && week2 == WeekSituation.Nothing)
            return hasSearchNote ? Situation.Searching : Situation.NoSolution;
        if (week1 == WeekSituation.Nothing || week2 == WeekSituation.Nothing) return Situation.PartiallyCovered;
        if (week1 == WeekSituation.AgreementInProgress || week2 == WeekSituation.AgreementInProgress) return Situation.AgreementInProgress;
        if (week1 != week2) return Situation.Combined;
        return week1 switch
        {
            WeekSituation.AgreementSigned => Situation.AgreementSigned,
            WeekSituation.InSchoolProgramme => Situation.InSchoolProgramme,
            WeekSituation.Snu => Situation.Snu,
            WeekSituation.Mobility => Situation.Mobility,
            WeekSituation.Exempted => Situation.Exempted,
            _ => throw new ArgumentOutOfRangeException(nameof(week1), week1, null),
        };
    }

    /// <summary>
    /// The alternatives in force, by kind: the latest declaration of each kind not withdrawn by a later withdrawal naming it.
    /// An STHR student's exemption and their choice to do the sequence cancel each other: the later one stands.
    /// </summary>
    public static IReadOnlyDictionary<DeclarationKind, DeclarationFact> InForce(IEnumerable<DeclarationFact> declarations)
    {
        var list = declarations.ToList();
        var result = new Dictionary<DeclarationKind, DeclarationFact>();
        foreach (var kind in Alternatives)
        {
            var latest = list.Where(d => d.Kind == kind).MaxBy(d => d.DeclaredAt);
            if (latest is null) continue;
            if (list.Any(d => d.Kind == DeclarationKind.Withdrawal && d.Withdraws == kind && d.DeclaredAt >= latest.DeclaredAt)) continue;
            result[kind] = latest;
        }
        if (result.TryGetValue(DeclarationKind.Exempted, out var exempted) && result.TryGetValue(DeclarationKind.SthrDoesSequence, out var opted))
            result.Remove(exempted.DeclaredAt > opted.DeclaredAt ? DeclarationKind.SthrDoesSequence : DeclarationKind.Exempted);
        return result;
    }

    /// <summary>Whether an alternative declaration covers <paramref name="week"/> (1 or 2) of <paramref name="period"/>.</summary>
    public static bool Covers(DeclarationFact declaration, int week, ObservationWeeks period) => declaration.Kind switch
    {
        // Declarations recorded before their dates were asked for cover the whole period, as they used to.
        DeclarationKind.Snu => declaration.StartsOn is not { } start || declaration.EndsOn is not { } end
                               || (start <= period.Week(week).End && period.Week(week).Start <= end),
        DeclarationKind.Mobility or DeclarationKind.Exempted => true,
        DeclarationKind.InSchoolProgramme => CoversWeek(declaration.Weeks ?? PeriodOption.BothWeeks, week),
        _ => false,
    };

    /// <summary>Whether a convention (or declaration) of <paramref name="period"/> covers <paramref name="week"/> (1 or 2).</summary>
    public static bool CoversWeek(PeriodOption period, int week) =>
        period == PeriodOption.BothWeeks || (week == 1 && period == PeriodOption.Week1) || (week == 2 && period == PeriodOption.Week2);

    /// <summary>Whether the week has a solution (a convention, signed or not, or an alternative).</summary>
    public static bool IsCovered(this WeekSituation week) => week != WeekSituation.Nothing;

    /// <summary>Whether a convention (not cancelled, signed or not) covers the week.</summary>
    public static bool IsConvention(this WeekSituation week) => week is WeekSituation.AgreementInProgress or WeekSituation.AgreementSigned;

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

    /// <summary>
    /// How settled a situation is, to compare two: nothing (0), a search note (1), one week covered (2), a convention in
    /// progress (3), covered by alternatives or combined solutions (4), signed conventions for both weeks (5).
    /// </summary>
    public static int Settledness(this Situation situation) => situation switch
    {
        Situation.NoSolution => 0,
        Situation.Searching => 1,
        Situation.PartiallyCovered => 2,
        Situation.AgreementInProgress => 3,
        Situation.AgreementSigned => 5,
        _ => 4,
    };
}
