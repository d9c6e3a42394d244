using System.Text;

namespace StageSeconde.Web.Features.Signatures;

/// <summary>
/// What a scan may be: a PDF, a JPEG or a PNG of at most 10 Mo, recognised by its first bytes (its « magic number »),
/// never by its name nor by the type the browser announces.
/// </summary>
public static class ScanFile
{
    public const long MaxBytes = 10 * 1024 * 1024;
    /// <summary>The request carrying the file: the file plus the form's other fields and the multipart framing.</summary>
    public const long MaxRequestBytes = MaxBytes + 64 * 1024;
    public const string TooLargeMessage = "Le fichier dépasse 10 Mo : numérisez la convention en résolution plus faible (200 ppp suffisent) ou en noir et blanc.";
    public const string WrongContentMessage = "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : son contenu ne correspond à aucun de ces formats, quelle que soit son extension.";
    public const string AcceptAttribute = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

    public static readonly ScanFormat Pdf = new("PDF", "application/pdf", ".pdf", [".pdf"]);
    public static readonly ScanFormat Jpeg = new("JPEG", "image/jpeg", ".jpg", [".jpg", ".jpeg"]);
    public static readonly ScanFormat Png = new("PNG", "image/png", ".png", [".png"]);

    /// <summary>How many first bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 8;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format whose signature starts <paramref name="header"/>; null for anything else.</summary>
    public static ScanFormat? Detect(ReadOnlySpan<byte> header) =>
        header.StartsWith(PdfMagic) ? Pdf
        : header.StartsWith(PngMagic) ? Png
        : header.StartsWith(JpegMagic) ? Jpeg
        : null;

    /// <summary>
    /// The format of an uploaded file, read from its content, or why it is refused: missing (<paramref name="missingMessage"/>),
    /// over 10 Mo, neither a PDF nor a JPEG nor a PNG. The scans of a convention, the documents of an absence and the pupils' reports follow these rules.
    /// </summary>
    public static async Task<(ScanFormat? Format, string? Error)> CheckAsync(IFormFile? file, string missingMessage, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, missingMessage);
        if (file.Length > MaxBytes) return (null, TooLargeMessage);
        await using var content = file.OpenReadStream();
        var header = new byte[HeaderLength];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        return Detect(header.AsSpan(0, read)) is { } format ? (format, null) : (null, WrongContentMessage);
    }

    public static ScanFormat? FromContentType(string contentType) =>
        new[] { Pdf, Jpeg, Png }.FirstOrDefault(f => f.ContentType == contentType);

    /// <summary>
    /// The name to keep and to offer on download: the file's own name without any folder, control or reserved
    /// character, at most 200 characters, ending with the extension of its real format; <paramref name="fallbackStem"/> when
    /// nothing of the name is left.
    /// </summary>
    public static string CleanName(string? fileName, ScanFormat format, string fallbackStem = "convention-signee")
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c) || c is '<' or '>' or ':' or '"' or '|' or '?' or '*' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) continue;
            kept.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        var cleaned = string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));

        var extension = Path.GetExtension(cleaned);
        var stem = cleaned[..^extension.Length].Trim('.', ' ');
        var kind = format.Extensions.Contains(extension.ToLowerInvariant()) ? extension.ToLowerInvariant() : format.Extension;
        if (stem.Length == 0) stem = fallbackStem;
        var room = Domain.AgreementScan.OriginalFileNameMaxLength - kind.Length;
        if (stem.Length > room)
        {
            if (char.IsHighSurrogate(stem[room - 1])) room--;
            stem = stem[..room].TrimEnd('.', ' ');
        }
        return stem + kind;
    }

    /// <summary>A size the way people read it: « 850 ko », « 2,4 Mo ».</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (int)Math.Ceiling(bytes / 1024.0))} ko"
        : (bytes / (1024.0 * 1024.0)).ToString("0.0", Infrastructure.ParisTime.French) + " Mo";
}
