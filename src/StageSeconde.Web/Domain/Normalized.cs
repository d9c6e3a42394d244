using System.Text;

namespace StageSeconde.Web.Domain;

/// <summary>
/// How names, e-mails, phones and identifiers are stored, whether typed in a form or read from an import file:
/// the entities' methods call these, so that re-importing what was typed (or re-typing what was imported) changes nothing.
/// </summary>
public static class Normalized
{
    /// <summary>Trimmed, inner runs of blanks reduced to one space; null when blank.</summary>
    public static string? Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        var sb = new StringBuilder(trimmed.Length);
        var lastBlank = false;
        foreach (var c in trimmed)
        {
            var blank = char.IsWhiteSpace(c);
            if (blank && lastBlank) continue;
            sb.Append(blank ? ' ' : c);
            lastBlank = blank;
        }
        return sb.ToString();
    }

    /// <summary>A required text (a name, a function): as <see cref="Text"/>, empty when blank.</summary>
    public static string Name(string? value) => Text(value) ?? "";

    /// <summary>An e-mail address as given, trimmed; null when blank.</summary>
    public static string? Email(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>An e-mail address that is a login (staff): trimmed, lower case; empty when blank.</summary>
    public static string LoginEmail(string? value) => value?.Trim().ToLowerInvariant() ?? "";

    /// <summary>
    /// A phone number: a French one in its national form ("0612345678", from "+33 6 12 34 56 78" or "06.12.34.56.78"),
    /// or a foreign one kept compact ("+3225551234"); null when blank. False when it is neither.
    /// </summary>
    public static bool TryPhone(string? value, out string? phone)
    {
        phone = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (FrenchIdentifiers.NormalizePhone(value) is { } french)
        {
            phone = french;
            return true;
        }
        var compact = FrenchIdentifiers.Compact(value).Replace("(0)", "", StringComparison.Ordinal);
        if (compact.StartsWith("00", StringComparison.Ordinal)) compact = "+" + compact[2..];
        if (compact.StartsWith('+') && compact.Length is >= 9 and <= 16 && compact[1..].All(char.IsAsciiDigit) && !compact.StartsWith("+33", StringComparison.Ordinal))
        {
            phone = compact;
            return true;
        }
        return false;
    }

    /// <summary>
    /// As <see cref="TryPhone"/>; a value that is not a phone number is kept as typed (trimmed), so that the validator that
    /// checks the result (the form's, or the import's through the same form) refuses it with its message.
    /// </summary>
    public static string? Phone(string? value) => TryPhone(value, out var phone) ? phone : value!.Trim();

    /// <summary>The INE as stored: trimmed, upper case; null when blank.</summary>
    public static string? Ine(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();

    /// <summary>The SIRET as stored: digits only, without the spaces people type.</summary>
    public static string Siret(string? value) => FrenchIdentifiers.Compact(value);

    /// <summary>A class code as stored: upper case, single spaces (SIECLE writes « 2NDE3 »).</summary>
    public static string ClassCode(string? value) => Text(value)?.ToUpperInvariant() ?? "";
}
