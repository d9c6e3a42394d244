using StageSeconde.Web.Infrastructure.Pdf.Blocks;

namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>
/// One document described as a sequence of blocks (headings, paragraphs, key–value pairs, tables, signature boxes, page
/// breaks), laid out with automatic page breaks when composed: alone with <see cref="Save"/>, or as one of many documents
/// drawn into a single PDF by a <see cref="DocumentComposer"/>.
/// </summary>
public sealed class PdfDocumentBuilder(DocumentIdentity identity)
{
    private readonly List<Block> _blocks = [];

    public DocumentIdentity Identity { get; } = identity;

    /// <summary>A mark printed across every page (e.g. « BROUILLON – non validée »), or null.</summary>
    public string? StampText { get; private set; }

    internal IReadOnlyList<Block> Blocks => _blocks;

    public PdfDocumentBuilder Stamp(string text)
    {
        StampText = text;
        return this;
    }

    public PdfDocumentBuilder Heading(string text, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        return Add(new HeadingBlock(text, level));
    }

    public PdfDocumentBuilder Paragraph(string text) => Paragraph(new TextRun(text));

    public PdfDocumentBuilder Paragraph(params TextRun[] runs) => Add(new ParagraphBlock([.. runs]));

    /// <param name="text">The paragraph.</param>
    /// <param name="keepWithNext">Keeps the whole paragraph on the page where the next block begins (e.g. a sentence introducing signature boxes).</param>
    public PdfDocumentBuilder Paragraph(string text, bool keepWithNext) => Paragraph([new TextRun(text)], keepWithNext);

    /// <param name="runs">The paragraph's styled runs.</param>
    /// <param name="keepWithNext">Keeps the whole paragraph on the page where the next block begins.</param>
    public PdfDocumentBuilder Paragraph(IReadOnlyList<TextRun> runs, bool keepWithNext) => Add(new ParagraphBlock([.. runs], keepWithNext));

    public PdfDocumentBuilder KeyValues(params (string Label, string Value)[] pairs) => KeyValues(pairs, labelWidth: 0.3);

    /// <param name="pairs">Labels (a colon is added) and values.</param>
    /// <param name="labelWidth">Width of the label column, as a fraction of the page's text width.</param>
    public PdfDocumentBuilder KeyValues(IEnumerable<(string Label, string Value)> pairs, double labelWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(labelWidth, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(labelWidth, 0.8);
        return Add(new KeyValuesBlock([.. pairs], labelWidth));
    }

    /// <param name="columns">Headers and widths (fractions of the text width, normalised).</param>
    /// <param name="rows">One text per column; a cell may contain line feeds.</param>
    /// <param name="repeatHeader">Repeats the header row at the top of each page the table continues on.</param>
    /// <param name="keepTogether">Moves the whole table to the next page rather than split it (when it fits on a page).</param>
    public PdfDocumentBuilder Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, bool repeatHeader = true, bool keepTogether = false)
    {
        if (columns.Count == 0 || columns.Any(c => c.Width <= 0))
            throw new ArgumentException("Un tableau a au moins une colonne, de largeur positive.", nameof(columns));
        var list = rows.ToList();
        if (list.Any(r => r.Count != columns.Count))
            throw new ArgumentException($"Chaque ligne du tableau a {columns.Count} cellules.", nameof(rows));
        return Add(new TableBlock(columns, list, repeatHeader, keepTogether));
    }

    /// <param name="boxes">The signing parties.</param>
    /// <param name="perRow">Boxes side by side.</param>
    /// <param name="heightMm">Height of each box in millimetres (grown if its text needs more).</param>
    /// <param name="keepTogether">Moves all the boxes to the next page rather than split them between rows (when they fit on a page).</param>
    public PdfDocumentBuilder SignatureBoxes(IEnumerable<SignatureBox> boxes, int perRow = 2, double heightMm = 38, bool keepTogether = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perRow, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(heightMm, 0);
        return Add(new SignatureBoxesBlock([.. boxes], perRow, heightMm * PdfTheme.Mm, keepTogether));
    }

    /// <summary>
    /// A framed box: a QR code <paramref name="sizeMm"/> millimetres square on the left (its <paramref name="modules"/>, rows
    /// of dark or light squares, quiet zone included), the text beside it; never split.
    /// </summary>
    public PdfDocumentBuilder QrCodeWithText(IReadOnlyList<IReadOnlyList<bool>> modules, double sizeMm, params TextRun[] runs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(sizeMm, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sizeMm, 80);
        if (modules.Count == 0 || modules.Any(r => r.Count != modules.Count))
            throw new ArgumentException("Un QR code est un carré de modules.", nameof(modules));
        return Add(new QrCodeWithTextBlock(modules, sizeMm * PdfTheme.Mm, [.. runs]));
    }

    public PdfDocumentBuilder PageBreak() => Add(new PageBreakBlock());

    /// <summary>
    /// Starts a new page unless at least <paramref name="heightMm"/> millimetres are still free on the current one: a part
    /// that normally opens a page follows on the same page when the previous part only spilled a few lines onto it.
    /// </summary>
    public PdfDocumentBuilder PageBreakUnlessRoom(double heightMm)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(heightMm, 0);
        return Add(new PageBreakBlock(heightMm * PdfTheme.Mm));
    }

    /// <summary>Composes this document alone and writes the PDF to <paramref name="output"/> (left open).</summary>
    public void Save(Stream output)
    {
        using var composer = new DocumentComposer();
        composer.Add(this);
        composer.Save(output);
    }

    public byte[] ToPdf()
    {
        using var buffer = new MemoryStream();
        Save(buffer);
        return buffer.ToArray();
    }

    private PdfDocumentBuilder Add(Block block)
    {
        if (_blocks.Count > 0 && _blocks[^1] is ParagraphBlock previous)
            previous.Following = block;
        _blocks.Add(block);
        return this;
    }
}
