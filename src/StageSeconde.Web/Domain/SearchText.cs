using System.Globalization;
using System.Text;

namespace StageSeconde.Web.Domain;

/// <summary>
/// Normalised search keys: lower case, accents and punctuation removed, single spaces.
/// Stored in an indexed column and searched with a prefix range (SQLite's LIKE ignores indexes).
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower == 'œ') { sb.Append("oe"); lastWasSpace = false; continue; }
            if (lower == 'æ') { sb.Append("ae"); lastWasSpace = false; continue; }
            if (char.IsLetterOrDigit(lower))
            {
                sb.Append(lower);
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                sb.Append(' ');
                lastWasSpace = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    public static string Key(params string?[] parts) => Normalize(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));

    /// <summary>The exclusive upper bound of a prefix range: every key starting with <paramref name="prefix"/> is below it.</summary>
    public static string PrefixUpperBound(string prefix) => prefix + '\uffff';
}
