using System.Text;
using QRCoder;

namespace StageSeconde.Web.Features.AccountSecurity;

/// <summary>
/// What the enrolment page shows: the key written out in groups of four, and the <c>otpauth://</c> address as a QR code
/// (an SVG data URI, allowed by the CSP's img-src; no external service sees the key).
/// </summary>
public sealed record AuthenticatorSetup(string Key, string FormattedKey, string QrDataUri)
{
    public const string Issuer = "StageSeconde";

    public static AuthenticatorSetup For(string key, string account)
    {
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(6);
        return new AuthenticatorSetup(key, Format(key), "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)));
    }

    /// <summary>"ABCDEFGH…" → "abcd efgh …": easier to type by hand (authenticator apps ignore spaces and case).</summary>
    public static string Format(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }
}
