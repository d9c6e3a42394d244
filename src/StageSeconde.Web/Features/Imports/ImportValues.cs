using System.Globalization;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Imports;

/// <summary>How imported values are cleaned, the same way for every file, so that re-importing a file changes nothing.</summary>
public static class ImportValues
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd/MM/yy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy"];

    /// <summary>Trimmed, inner runs of blanks reduced to one space; null when blank (as the entities store it: <see cref="Normalized.Text"/>).</summary>
    public static string? Text(string? value) => Normalized.Text(value);

    /// <summary>A date as SIECLE (JJ/MM/AAAA) or Excel writes it; null when blank or not a date.</summary>
    public static DateOnly? Date(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        // Excel sometimes appends a time to a date cell.
        var space = text.IndexOf(' ');
        if (space > 0) text = text[..space];
        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1900 ? date : null;
    }

    /// <summary>
    /// A phone number: a French one in its national form ("0612345678", from "+33 6 12 34 56 78" or "06.12.34.56.78"),
    /// or a foreign one kept compact ("+3225551234"). Invalid = neither.
    /// </summary>
    public static (string? Value, bool Invalid) Phone(string? value) =>
        Normalized.TryPhone(value, out var phone) ? (phone, false) : (null, true);

    /// <summary>A trimmed e-mail address; invalid when it does not look like one.</summary>
    public static (string? Value, bool Invalid) Email(string? value)
    {
        var text = Text(value);
        if (text is null) return (null, false);
        return FrenchIdentifiers.IsValidEmail(text) ? (text, false) : (null, true);
    }

    /// <summary>oui/non, vrai/faux, 1/0, x: null when blank or unknown.</summary>
    public static bool? YesNo(string? value) => SearchText.Normalize(value) switch
    {
        "oui" or "o" or "vrai" or "1" or "x" or "true" or "yes" => true,
        "non" or "n" or "faux" or "0" or "false" or "no" => false,
        _ => null,
    };

    /// <summary>The INE in upper case when it has the shape of one; invalid otherwise.</summary>
    public static (string? Value, bool Invalid) Ine(string? value)
    {
        var ine = Normalized.Ine(value);
        if (ine is null) return (null, false);
        return FrenchIdentifiers.IsValidIne(ine) ? (ine, false) : (null, true);
    }

    /// <summary>Cuts a free text (an address) to the column's size rather than refusing a student for it.</summary>
    public static string? Cut(string? value, int max) => value is null || value.Length <= max ? value : value[..max].TrimEnd();

    public static string YesNoLabel(bool value) => value ? "oui" : "non";
}
