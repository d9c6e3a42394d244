using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace StageSeconde.UnitTests.Infrastructure.Pdf;

/// <summary>
/// A generated PDF read back with PdfPig, with positions converted to top-down millimetre-free points (y grows downwards,
/// as in the layout) and the page areas the layer promises: 20 mm margins; inside them a 14 mm header band at the top,
/// a 10 mm footer band at the bottom, and the flowing area between.
/// </summary>
internal sealed class PdfReadBack : IDisposable
{
    public const double Mm = 72 / 25.4;
    public const double PageWidth = 210 * Mm;
    public const double PageHeight = 297 * Mm;
    public const double Margin = 20 * Mm;
    public const double HeaderBand = 14 * Mm;
    public const double FooterBand = 10 * Mm;
    public const double FlowTop = Margin + HeaderBand;
    public const double FlowBottom = PageHeight - Margin - FooterBand;

    private readonly PdfDocument _document;
    private readonly Dictionary<int, IReadOnlyList<Word>> _words = [];

    public PdfReadBack(byte[] pdf)
    {
        Bytes = pdf;
        _document = PdfDocument.Open(pdf);
        Pages = _document.GetPages().ToList();
    }

    public byte[] Bytes { get; }

    public IReadOnlyList<Page> Pages { get; }

    public void Dispose() => _document.Dispose();

    public static string Text(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    /// <summary>The letters of a page as drawn, white space removed, in drawing order.</summary>
    public static string Ink(IEnumerable<Letter> letters) => string.Concat(letters.Select(l => l.Value)).Squeeze();

    public static IReadOnlyList<Letter> Visible(Page page) => page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();

    public static IEnumerable<(double X, double Y)> Corners(Letter letter)
    {
        var r = letter.BoundingBox;
        return new[] { r.TopLeft, r.TopRight, r.BottomLeft, r.BottomRight }.Select(TopDown);
    }

    public static double Top(Letter letter) => Corners(letter).Min(c => c.Y);

    public static double Bottom(Letter letter) => Corners(letter).Max(c => c.Y);

    public static double Top(Word word) => word.Letters.Min(Top);

    public static double CentreY(Letter letter) => Corners(letter).Average(c => c.Y);

    public static bool InHeaderBand(Letter letter) => CentreY(letter) < FlowTop;

    public static bool InFooterBand(Letter letter) => CentreY(letter) > FlowBottom;

    public static bool Inside(Letter letter, double left, double top, double right, double bottom) =>
        Corners(letter).All(c => c.X >= left - 0.01 && c.X <= right + 0.01 && c.Y >= top - 0.01 && c.Y <= bottom + 0.01);

    /// <summary>The words of a page (0-based index), extracted once.</summary>
    public IReadOnlyList<Word> WordsOf(int index)
    {
        if (!_words.TryGetValue(index, out var words))
            _words[index] = words = Pages[index].GetWords().ToList();
        return words;
    }

    /// <summary>Index of the first page (0-based) holding the word, or -1.</summary>
    public int PageOf(string word) => PagesWith(word).DefaultIfEmpty(-1).First();

    public IReadOnlyList<int> PagesWith(string word) =>
        Enumerable.Range(0, Pages.Count).Where(i => WordsOf(i).Any(w => w.Text == word)).ToList();

    public Word Word(int index, string text) => WordsOf(index).Single(w => w.Text == text);


    private static (double X, double Y) TopDown(PdfPoint point) => (point.X, PageHeight - point.Y);
}
