namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>Rates shown to users: whole percents, written the French way (« 50 % », with a non-breaking space).</summary>
public static class Percentages
{
    /// <summary>
    /// <paramref name="part"/> out of <paramref name="whole"/> in whole percents, rounded — except that 100 is only shown
    /// when every one is counted and 0 only when none is (199 out of 200 is « 99 % », not « 100 % »).
    /// </summary>
    public static int Of(int part, int whole)
    {
        if (whole <= 0 || part <= 0) return 0;
        if (part >= whole) return 100;
        var rounded = (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
        return Math.Clamp(rounded, 1, 99);
    }

    /// <summary>« 50 % », or « — » when there is nobody to count.</summary>
    public static string Format(int part, int whole) => whole <= 0 ? "—" : Format(Of(part, whole));

    public static string Format(int percent) => $"{percent}\u00A0%";
}
