using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace StageSeconde.UnitTests.Infrastructure.Sealing;

/// <summary>
/// A sealed PDF taken apart the way a PDF reader checks it, without PDFsharp: the signature dictionary's /ByteRange,
/// the hexadecimal /Contents between the two ranges, the CMS decoded from it, and the bytes the ranges cover.
/// </summary>
internal sealed partial class SealedPdf
{
    public SealedPdf(byte[] file)
    {
        File = file;
        var text = Encoding.Latin1.GetString(file);
        var ranges = ByteRangePattern().Matches(text);
        if (ranges.Count != 1) throw new InvalidOperationException($"{ranges.Count} /ByteRange found, one expected.");
        ByteRange = [.. Enumerable.Range(1, 4).Select(i => long.Parse(ranges[0].Groups[i].Value, CultureInfo.InvariantCulture))];

        var gapStart = (int)ByteRange[1];
        var gapEnd = (int)ByteRange[2];
        Gap = text[gapStart..gapEnd];
        Covered = [.. file[(int)ByteRange[0]..gapStart], .. file[gapEnd..(int)(ByteRange[2] + ByteRange[3])]];

        var hex = Gap.Trim('<', '>');
        var der = Convert.FromHexString(hex);
        // The signature is padded with zeros up to the reserved room: keep the DER value only.
        AsnDecoder.ReadEncodedValue(der, AsnEncodingRules.BER, out _, out _, out var consumed);
        CmsBytes = der[..consumed];
        Cms = new SignedCms(new ContentInfo(Covered), detached: true);
        Cms.Decode(CmsBytes);
    }

    public byte[] File { get; }

    /// <summary>[offset1 length1 offset2 length2].</summary>
    public long[] ByteRange { get; }

    /// <summary>The file's text between the two ranges: « &lt;hex…&gt; ».</summary>
    public string Gap { get; }

    public byte[] Covered { get; }

    public byte[] CmsBytes { get; }

    public SignedCms Cms { get; }

    /// <summary>The message digest the signer signed (its signed attribute).</summary>
    public byte[] SignedDigest => Cms.SignerInfos[0].SignedAttributes.Cast<CryptographicAttributeObject>()
        .Single(a => a.Oid.Value == "1.2.840.113549.1.9.4").Values.Cast<AsnEncodedData>()
        .Select(v => new Pkcs9MessageDigest { RawData = v.RawData }.MessageDigest).Single();

    /// <summary>Throws when the CMS signature does not verify against <paramref name="certificate"/> over the covered bytes.</summary>
    public void CheckSignature(X509Certificate2 certificate) =>
        Cms.CheckSignature(new X509Certificate2Collection(certificate), verifySignatureOnly: true);

    public bool DigestMatches => SHA256.HashData(Covered).AsSpan().SequenceEqual(SignedDigest);

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRangePattern();
}
