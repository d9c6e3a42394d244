using System.Globalization;

namespace StageSeconde.Web.Features.Referents;

/// <summary>
/// Conventions and the versions the user saw, written « 12.3 14.1 » (id.version, space-separated) in one hidden field:
/// a whole school's plan stays one form value, far below the server's limit on the number of form values.
/// </summary>
public static class AgreementVersions
{
    public static string Format(IEnumerable<(int Id, int Version)> agreements) =>
        string.Join(' ', agreements.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Id}.{a.Version}")));

    /// <summary>The id → version pairs, or null when the text is not well formed.</summary>
    public static IReadOnlyDictionary<int, int>? Parse(string? text)
    {
        var result = new Dictionary<int, int>();
        foreach (var item in (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('.');
            if (parts.Length != 2 || !TryId(parts[0], out var id) || !TryId(parts[1], out var version) || !result.TryAdd(id, version)) return null;
        }
        return result;
    }

    internal static bool TryId(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
