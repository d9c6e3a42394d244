namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>A piece of a paragraph in one style: a paragraph is a sequence of runs, e.g. normal text with a bold part.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false)
{
    public static TextRun Plain(string text) => new(text);

    public static TextRun Strong(string text) => new(text, Bold: true);

    public static TextRun Emphasis(string text) => new(text, Italic: true);

    public static implicit operator TextRun(string text) => new(text);
}
