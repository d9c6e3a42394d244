using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Academie;

/// <summary>
/// Statistical secrecy of the académie's figures (small-cell suppression): no count under <see cref="Threshold"/> pupils is
/// shown — it reads « &lt; 5 » — and no figure from which such a count could be worked out is shown either (it reads
/// « masqué »): a share whose rest is small, a rate, a total from which one hidden cell could be subtracted back.
/// </summary>
public static class SmallCells
{
    public const int Threshold = 5;
    public const string Small = "< 5", Hidden = "masqué";

    public static bool IsSmall(int count) => count < Threshold;

    /// <summary>A count: « &lt; 5 » under the threshold.</summary>
    public static string Count(int count) => IsSmall(count) ? Small : count.ToString("N0", ParisTime.French);

    /// <summary>Whether a part of a whole must be kept from view: it is small, or the rest is (the whole minus the part gives it).</summary>
    public static bool IsSuppressed(int part, int whole) => IsSmall(part) || IsSmall(whole - part);

    /// <summary>A part of a whole (pupils with a solution among those present): « &lt; 5 » when small, « masqué » when the rest is.</summary>
    public static string Part(int part, int whole) => IsSmall(part) ? Small : IsSmall(whole - part) ? Hidden : Count(part);

    /// <summary>The rate of a part, « masqué » when the part or the rest is small.</summary>
    public static string Rate(int part, int whole) => IsSuppressed(part, whole) ? Hidden : Percentages.Format(part, whole);

    /// <summary>
    /// Whether a column's total must be hidden although it is not small itself: one hidden cell alone could be worked out by
    /// subtracting the others from it, and several whose secrets add up to less than the threshold would give that sum.
    /// <paramref name="secrets"/>: for each hidden cell of the column, the small count it keeps (the part, or the rest).
    /// </summary>
    public static bool TotalGivesAway(IReadOnlyCollection<int> secrets) => secrets.Count == 1 || (secrets.Count > 1 && IsSmall(secrets.Sum()));

    /// <summary>The small count a suppressed part keeps: the part when small, otherwise the rest.</summary>
    public static int Secret(int part, int whole) => IsSmall(part) ? part : whole - part;
}
