namespace StageSeconde.UnitTests.Infrastructure.Pdf;

/// <summary>Text compared as ink: white space (which PDF text extraction adds or drops) removed.</summary>
internal static class InkText
{
    public static string Squeeze(this string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
