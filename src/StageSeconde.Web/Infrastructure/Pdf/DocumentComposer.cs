using PdfSharp.Pdf;

namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>
/// Draws one or many documents into a single PDF. Each document is laid out and drawn as soon as it is added, on new
/// pages, with its own header, reference and « Page x / y » numbering; its blocks can then be dropped, so a batch
/// (600 conventions) is built one document at a time and only the PDF itself grows in memory. With
/// <c>padToEvenPages</c>, a blank page is inserted before a document that would start on an even page, so that every
/// document starts on a recto when printed double-sided.
/// </summary>
public sealed class DocumentComposer : IDisposable
{
    private readonly PdfDocument _pdf = new();
    private readonly Typesetter _typesetter;
    private readonly bool _padToEvenPages;
    private bool _saved;
    private bool _failed;

    public DocumentComposer(bool padToEvenPages = false)
    {
        DejaVuFontResolver.EnsureRegistered();
        _typesetter = new Typesetter();
        _padToEvenPages = padToEvenPages;
        _pdf.Info.Creator = "StageSeconde";
        _pdf.Options.CompressContentStreams = true;
    }

    /// <summary>Pages drawn so far, padding included.</summary>
    public int PageCount { get; private set; }

    public DocumentPages Add(DocumentIdentity identity, Action<PdfDocumentBuilder> compose)
    {
        var document = new PdfDocumentBuilder(identity);
        compose(document);
        return Add(document);
    }

    public DocumentPages Add(PdfDocumentBuilder document)
    {
        if (_saved)
            throw new InvalidOperationException("Le PDF a déjà été enregistré.");
        if (_failed)
            throw new InvalidOperationException("Un document précédent n’a pas pu être composé : le PDF est incomplet.");
        if (_padToEvenPages && _pdf.PageCount % 2 == 1)
            PageFlow.AddA4Page(_pdf);

        if (_pdf.PageCount == 0 && document.Identity.Title is { } title)
            _pdf.Info.Title = title;

        var firstPage = _pdf.PageCount + 1;
        var flow = new PageFlow(_pdf, _typesetter, document.Identity, document.StampText);
        flow.Start();
        var blocks = document.Blocks;
        try
        {
            for (var i = 0; i < blocks.Count; i++)
                blocks[i].Place(flow, i + 1 < blocks.Count ? blocks[i + 1] : null);
        }
        catch
        {
            _failed = true;
            throw;
        }

        var pageCount = flow.PageCount;
        flow.Finish();
        PageCount = _pdf.PageCount;
        return new DocumentPages(firstPage, pageCount);
    }

    /// <summary>
    /// Writes the PDF to <paramref name="output"/>, left open, with synchronous writes (use <see cref="SaveAsync"/> for an
    /// HTTP response). Nothing can be added afterwards.
    /// </summary>
    public void Save(Stream output)
    {
        if (_failed)
            throw new InvalidOperationException("Un document n’a pas pu être composé : le PDF est incomplet.");
        _saved = true;
        _pdf.Save(output, closeStream: false);
    }

    /// <summary>
    /// Writes the PDF to a stream that only accepts asynchronous writes (an HTTP response): PDFsharp writes synchronously,
    /// so the file is written to a temporary file first (not to memory), then copied.
    /// </summary>
    public async Task SaveAsync(Stream output, CancellationToken cancellationToken = default)
    {
        var path = Path.GetTempFileName();
        await using var temporary = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        Save(temporary);
        temporary.Position = 0;
        await temporary.CopyToAsync(output, cancellationToken);
    }

    public void Dispose()
    {
        _typesetter.Dispose();
        _pdf.Dispose();
    }
}
