using System.Text.RegularExpressions;

namespace StageSeconde.Web.Domain;

/// <summary>French administrative identifiers: checks and normalisation, independent of any UI.</summary>
public static partial class FrenchIdentifiers
{
    private const string UaiKeyLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private const string LaPosteSiren = "356000000";

    /// <summary>Removes spaces, dots and dashes people type in SIRET numbers and phone numbers.</summary>
    public static string Compact(string? value) =>
        value is null ? "" : new string(value.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-' or '/')).ToArray());

    /// <summary>SIRET: 14 digits, Luhn key; La Poste's establishments (SIREN 356000000) use "sum of digits divisible by 5" instead.</summary>
    public static bool IsValidSiret(string? value)
    {
        var siret = Compact(value);
        if (siret.Length != 14 || !siret.All(char.IsAsciiDigit)) return false;
        if (siret.StartsWith(LaPosteSiren, StringComparison.Ordinal) && siret.Sum(c => c - '0') % 5 == 0) return true;
        return LuhnIsValid(siret);
    }

    /// <summary>SIREN: 9 digits with a Luhn key.</summary>
    public static bool IsValidSiren(string? value)
    {
        var siren = Compact(value);
        return siren.Length == 9 && siren.All(char.IsAsciiDigit) && LuhnIsValid(siren);
    }

    private static bool LuhnIsValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /// <summary>UAI (ex-RNE): 7 digits and a key letter = the 7 digits modulo 23 in "ABCDEFGHJKLMNPRSTUVWXYZ".</summary>
    public static bool IsValidUai(string? value)
    {
        var uai = (value ?? "").Trim().ToUpperInvariant();
        if (uai.Length != 8 || !uai[..7].All(char.IsAsciiDigit)) return false;
        return uai[7] == UaiKeyLetter(uai[..7]);
    }

    public static char UaiKeyLetter(string sevenDigits) => UaiKeyLetters[(int)(long.Parse(sevenDigits, System.Globalization.CultureInfo.InvariantCulture) % 23)];

    /// <summary>
    /// INE, 11 characters: 10 digits + 1 letter (INE-BEA), 9 digits + 2 letters (INE-RNIE), or 4 digits, "A", 5 digits, 1 letter (apprentissage).
    /// Only the shape is checked: the key algorithms are not published.
    /// </summary>
    public static bool IsValidIne(string? value) => value is not null && IneRegex().IsMatch(value.Trim());

    [GeneratedRegex("^([0-9]{10}[A-Z]|[0-9]{9}[A-Z]{2}|[0-9]{4}A[0-9]{5}[A-Z])$", RegexOptions.IgnoreCase)]
    private static partial Regex IneRegex();

    /// <summary>French postal code: 5 digits, 01000 to 98999 (Corsica uses 20xxx).</summary>
    public static bool IsValidPostalCode(string? value)
    {
        var code = (value ?? "").Trim();
        return code.Length == 5 && code.All(char.IsAsciiDigit) && string.CompareOrdinal(code, "01000") >= 0 && string.CompareOrdinal(code, "98999") <= 0;
    }

    /// <summary>
    /// A French phone number, as typed: "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "0033612345678".
    /// Returns the national form "0612345678", or null when it is not one.
    /// </summary>
    public static string? NormalizePhone(string? value)
    {
        var compact = Compact(value).Replace("(0)", "", StringComparison.Ordinal);
        if (compact.StartsWith("+33", StringComparison.Ordinal)) compact = "0" + compact[3..];
        else if (compact.StartsWith("0033", StringComparison.Ordinal)) compact = "0" + compact[4..];
        if (compact.Length != 10 || compact[0] != '0' || compact[1] == '0' || !compact.All(char.IsAsciiDigit)) return null;
        return compact;
    }

    public static bool IsValidPhone(string? value) => NormalizePhone(value) is not null;

    /// <summary>"0612345678" shown as "06 12 34 56 78".</summary>
    public static string FormatPhone(string? value)
    {
        var phone = NormalizePhone(value);
        if (phone is null) return value ?? "";
        return string.Join(' ', Enumerable.Range(0, 5).Select(i => phone.Substring(i * 2, 2)));
    }

    /// <summary>A practical e-mail check: one @, a dot in the domain, no spaces.</summary>
    public static bool IsValidEmail(string? value) => value is not null && EmailRegex().IsMatch(value.Trim());

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")]
    private static partial Regex EmailRegex();
}
