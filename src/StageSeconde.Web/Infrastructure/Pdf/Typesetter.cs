using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>
/// Fonts, pens and brushes of one composition, text measurement (with a width cache: a batch repeats the same words)
/// and word wrapping of styled runs. Breaks only at ordinary spaces and explicit line feeds: no-break spaces
/// (U+00A0, U+202F, as French typography puts before « : ; ! ? » and inside « ») keep their neighbours together.
/// A word wider than the line is cut between characters.
/// </summary>
internal sealed class Typesetter : IDisposable
{
    private const int WidthCacheLimit = 50_000;

    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode);

    private readonly XGraphics _measure =
        XGraphics.CreateMeasureContext(new XSize(PdfTheme.PageWidth, PdfTheme.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(double Size, bool Bold, bool Italic), XFont> _fonts = [];
    private readonly Dictionary<(XFont Font, string Text), double> _widths = [];

    public XBrush TextBrush { get; } = new XSolidBrush(PdfTheme.Text);
    public XBrush MutedBrush { get; } = new XSolidBrush(PdfTheme.Muted);
    public XBrush TitleBrush { get; } = new XSolidBrush(PdfTheme.Title);
    public XBrush TableHeaderBrush { get; } = new XSolidBrush(PdfTheme.TableHeaderFill);
    public XBrush StampBrush { get; } = new XSolidBrush(PdfTheme.Stamp);
    public XPen RulePen { get; } = new(PdfTheme.Rule, 0.5);
    public XPen TablePen { get; } = new(PdfTheme.TableBorder, 0.5);
    public XPen SignaturePen { get; } = new(PdfTheme.SignatureBorder, 0.6);

    public XFont Font(double size, bool bold = false, bool italic = false)
    {
        if (_fonts.TryGetValue((size, bold, italic), out var font))
            return font;
        var style = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        font = new XFont(DejaVuFontResolver.Family, size, style, FontOptions);
        _fonts[(size, bold, italic)] = font;
        return font;
    }

    public LineMetrics Metrics(double size, double leading)
    {
        var metrics = Font(size).Metrics;
        var ascent = metrics.Ascent * size / metrics.UnitsPerEm;
        var descent = metrics.Descent * size / metrics.UnitsPerEm;
        var height = size * leading;
        return new LineMetrics(height, (height - ascent - descent) / 2 + ascent);
    }

    public double Width(string text, XFont font)
    {
        if (text.Length == 0)
            return 0;
        if (_widths.TryGetValue((font, text), out var width))
            return width;
        if (_widths.Count >= WidthCacheLimit)
            _widths.Clear();
        width = _measure.MeasureString(text, font).Width;
        _widths[(font, text)] = width;
        return width;
    }

    /// <summary>Shortens a single-line text with « … » so that it fits in <paramref name="maxWidth"/>.</summary>
    public string Ellipsize(string text, XFont font, double maxWidth)
    {
        if (Width(text, font) <= maxWidth)
            return text;
        var end = text.Length;
        while (end > 0 && Width(string.Concat(text.AsSpan(0, end).TrimEnd(), "…"), font) > maxWidth)
            end--;
        return string.Concat(text.AsSpan(0, end).TrimEnd(), "…");
    }

    public IReadOnlyList<TextLine> Wrap(string text, double size, double maxWidth, bool bold = false, bool italic = false) =>
        Wrap([new TextRun(text, bold, italic)], size, maxWidth);

    public IReadOnlyList<TextLine> Wrap(IReadOnlyList<TextRun> runs, double size, double maxWidth)
    {
        var lines = new List<TextLine>();
        var line = new LineBuilder();
        foreach (var token in Glue(Tokenize(runs, size)))
        {
            if (token.IsBreak)
            {
                lines.Add(line.Build());
                continue;
            }

            var wordWidth = token.Parts.Sum(p => Width(p.Text, p.Font));
            var spaceWidth = line.IsEmpty || token.SpaceFont is null ? 0 : Width(" ", token.SpaceFont);
            if (!line.IsEmpty && line.X + spaceWidth + wordWidth > maxWidth)
            {
                lines.Add(line.Build());
                spaceWidth = 0;
            }

            if (spaceWidth > 0)
                line.Add(" ", token.SpaceFont!, spaceWidth);
            if (line.X + wordWidth <= maxWidth)
            {
                foreach (var (partText, partFont) in token.Parts)
                    line.Add(partText, partFont, Width(partText, partFont));
                continue;
            }

            // A word wider than the whole line: cut it between characters.
            foreach (var (partText, partFont) in token.Parts)
            {
                foreach (var rune in partText.EnumerateRunes())
                {
                    var character = rune.ToString();
                    var characterWidth = Width(character, partFont);
                    if (!line.IsEmpty && line.X + characterWidth > maxWidth)
                        lines.Add(line.Build());
                    line.Add(character, partFont, characterWidth);
                }
            }
        }

        if (!line.IsEmpty)
            lines.Add(line.Build());
        return lines;
    }

    public void Dispose() => _measure.Dispose();

    private IEnumerable<Token> Tokenize(IReadOnlyList<TextRun> runs, double size)
    {
        var parts = new List<(string Text, XFont Font)>();
        var current = new StringBuilder();
        XFont? currentFont = null;
        XFont? spaceFont = null;

        foreach (var run in runs)
        {
            var font = Font(size, run.Bold, run.Italic);
            foreach (var c in run.Text.ReplaceLineEndings("\n"))
            {
                if (c is ' ' or '\t' or '\n')
                {
                    if (current.Length > 0)
                        parts.Add((current.ToString(), currentFont!));
                    current.Clear();
                    if (parts.Count > 0)
                    {
                        yield return new Token([.. parts], spaceFont, IsBreak: false);
                        parts.Clear();
                        spaceFont = null;
                    }

                    if (c == '\n')
                    {
                        yield return new Token([], null, IsBreak: true);
                        spaceFont = null;
                    }
                    else
                    {
                        spaceFont = font;
                    }

                    continue;
                }

                if (currentFont is not null && !ReferenceEquals(currentFont, font) && current.Length > 0)
                {
                    parts.Add((current.ToString(), currentFont));
                    current.Clear();
                }

                currentFont = font;
                current.Append(c);
            }
        }

        if (current.Length > 0)
            parts.Add((current.ToString(), currentFont!));
        if (parts.Count > 0)
            yield return new Token([.. parts], spaceFont, IsBreak: false);
    }

    /// <summary>
    /// French typography: a space after « or before » : ; ! ? does not break (texts often use an ordinary space there),
    /// so such words are glued together with a space that stays inside the word.
    /// </summary>
    private static IEnumerable<Token> Glue(IEnumerable<Token> tokens)
    {
        Token? pending = null;
        foreach (var token in tokens)
        {
            if (pending is not null && !token.IsBreak && token.SpaceFont is not null
                && (EndsWith(pending, '«') || token.Parts[0].Text[0] is '»' or ':' or ';' or '!' or '?'))
            {
                pending = pending with { Parts = [.. pending.Parts, (" ", token.SpaceFont), .. token.Parts] };
                continue;
            }

            if (pending is not null)
                yield return pending;
            pending = token;
        }

        if (pending is not null)
            yield return pending;

        static bool EndsWith(Token token, char c) => !token.IsBreak && token.Parts[^1].Text[^1] == c;
    }

    private sealed record Token(IReadOnlyList<(string Text, XFont Font)> Parts, XFont? SpaceFont, bool IsBreak);

    /// <summary>Accumulates a line, merging neighbouring pieces of the same font into one drawn string.</summary>
    private sealed class LineBuilder
    {
        private readonly List<TextSegment> _segments = [];
        private readonly StringBuilder _text = new();
        private XFont? _font;
        private double _segmentX;

        public double X { get; private set; }

        public bool IsEmpty => _segments.Count == 0 && _text.Length == 0;

        public void Add(string text, XFont font, double width)
        {
            if (_font is not null && !ReferenceEquals(_font, font))
                Flush();
            if (_text.Length == 0)
                _segmentX = X;
            _font = font;
            _text.Append(text);
            X += width;
        }

        public TextLine Build()
        {
            Flush();
            var line = _segments.Count == 0 ? TextLine.Empty : new TextLine([.. _segments], X);
            _segments.Clear();
            _font = null;
            X = 0;
            return line;
        }

        private void Flush()
        {
            if (_text.Length > 0)
                _segments.Add(new TextSegment(_text.ToString(), _font!, _segmentX));
            _text.Clear();
        }
    }
}
