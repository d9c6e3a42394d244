namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>
/// A boxed signature area: a title (the signing party), lines to fill in by hand ("Date :", "Signature :" by default)
/// and an optional text recording a signature already given (e.g. « Signé le 12/05/2026 (papier) »).
/// </summary>
public sealed record SignatureBox(string Title, string? RecordedText = null, IReadOnlyList<string>? Lines = null)
{
    public static readonly IReadOnlyList<string> DefaultLines = ["Date\u00A0:", "Signature\u00A0:"];

    public IReadOnlyList<string> LinesOrDefault => Lines ?? DefaultLines;
}
