using StageSeconde.Web.Infrastructure.Pdf;

namespace StageSeconde.UnitTests.Infrastructure.Pdf;

public class DocumentComposerTests
{
    [Fact]
    public void Documents_drawn_into_one_pdf_each_have_their_own_header_reference_and_page_numbering()
    {
        using var composer = new DocumentComposer();
        var first = composer.Add(SampleDocuments.LiaisonSheet(SampleDocuments.Identity("CONV-0001")));
        var second = composer.Add(SampleDocuments.LongList(SampleDocuments.Identity("CONV-0002", "Deuxième document")));
        var third = composer.Add(SampleDocuments.LiaisonSheet(SampleDocuments.Identity("CONV-0003")));
        using var pdf = new PdfReadBack(Save(composer));

        Assert.Equal(new DocumentPages(1, first.PageCount), first);
        Assert.Equal(new DocumentPages(first.PageCount + 1, second.PageCount), second);
        Assert.Equal(new DocumentPages(first.PageCount + second.PageCount + 1, third.PageCount), third);
        Assert.Equal(first.PageCount + second.PageCount + third.PageCount, pdf.Pages.Count);
        foreach (var (document, reference) in new[] { (first, "CONV-0001"), (second, "CONV-0002"), (third, "CONV-0003") })
        {
            for (var i = 1; i <= document.PageCount; i++)
            {
                var text = PdfReadBack.Text(pdf.Pages[document.FirstPage + i - 2]);
                Assert.Contains($"Réf. {reference}", text);
                Assert.Contains($"Page {i} / {document.PageCount}", text);
            }
        }

        Assert.Contains("Deuxième document", PdfReadBack.Text(pdf.Pages[second.FirstPage - 1]));
        Assert.DoesNotContain("Deuxième document", PdfReadBack.Text(pdf.Pages[third.FirstPage - 1]));
    }

    [Fact]
    public void Duplex_padding_makes_every_document_start_on_an_odd_page()
    {
        using var composer = new DocumentComposer(padToEvenPages: true);
        var first = composer.Add(OnePage("RECTO-1"));
        var second = composer.Add(OnePage("RECTO-2"));
        var third = composer.Add(SampleDocuments.LongList(SampleDocuments.Identity("RECTO-3")));
        using var pdf = new PdfReadBack(Save(composer));

        Assert.Equal(new DocumentPages(1, 1), first);
        Assert.Equal(new DocumentPages(3, 1), second);
        Assert.Equal(5, third.FirstPage);
        Assert.Empty(pdf.Pages[1].Letters);
        Assert.Empty(pdf.Pages[3].Letters);
        Assert.Contains("Réf. RECTO-2", PdfReadBack.Text(pdf.Pages[2]));
        Assert.Contains("Page 1 / 1", PdfReadBack.Text(pdf.Pages[2]));
        Assert.Contains($"Page 1 / {third.PageCount}", PdfReadBack.Text(pdf.Pages[4]));
    }

    [Fact]
    public void Without_duplex_padding_documents_follow_each_other()
    {
        using var composer = new DocumentComposer();
        composer.Add(OnePage("SUITE-1"));
        var second = composer.Add(OnePage("SUITE-2"));

        Assert.Equal(2, second.FirstPage);
        Assert.Equal(2, composer.PageCount);
    }

    [Fact]
    public async Task Saves_asynchronously_to_a_stream_that_refuses_synchronous_writes()
    {
        using var composer = new DocumentComposer();
        composer.Add(SampleDocuments.LiaisonSheet());
        var output = new AsyncOnlyStream();

        await composer.SaveAsync(output, CancellationToken.None);

        using var pdf = new PdfReadBack(output.ToArray());
        Assert.Contains("Le chef d’établissement", string.Join(' ', pdf.Pages.Select(PdfReadBack.Text)));
    }

    [Fact]
    public void Nothing_can_be_added_once_saved()
    {
        using var composer = new DocumentComposer();
        composer.Add(OnePage("FIN-1"));
        Save(composer);

        Assert.Throws<InvalidOperationException>(() => composer.Add(OnePage("FIN-2")));
        Assert.Equal(1, composer.PageCount);
    }

    [Fact]
    public void A_document_that_cannot_be_laid_out_leaves_the_batch_unusable()
    {
        using var composer = new DocumentComposer();
        composer.Add(OnePage("LOT-1"));
        var tooTall = new PdfDocumentBuilder(SampleDocuments.Identity("LOT-2"))
            .SignatureBoxes([new SignatureBox("Le chef d’établissement")], heightMm: 300);

        var error = Assert.Throws<InvalidOperationException>(() => composer.Add(tooTall));
        Assert.Equal("Un cadre de signature ne tient pas sur une page.", error.Message);
        Assert.Throws<InvalidOperationException>(() => composer.Add(OnePage("LOT-3")));
        Assert.Throws<InvalidOperationException>(() => Save(composer));
    }

    [Fact]
    public void Documents_can_be_composed_on_several_threads_at_once()
    {
        var pdfs = new byte[8][];
        Parallel.For(0, pdfs.Length, i => pdfs[i] = SampleDocuments.LiaisonSheet(SampleDocuments.Identity($"PAR-{i}")).ToPdf());

        for (var i = 0; i < pdfs.Length; i++)
        {
            using var pdf = new PdfReadBack(pdfs[i]);
            Assert.Contains($"Réf. PAR-{i}", PdfReadBack.Text(pdf.Pages[0]));
            Assert.Contains("Boulangerie « Au cœur du blé »", PdfReadBack.Text(pdf.Pages[0]));
        }
    }

    private static PdfDocumentBuilder OnePage(string reference) =>
        new PdfDocumentBuilder(SampleDocuments.Identity(reference)).Heading("Attestation").Paragraph("Une seule page.");

    private static byte[] Save(DocumentComposer composer)
    {
        using var buffer = new MemoryStream();
        composer.Save(buffer);
        return buffer.ToArray();
    }

    /// <summary>Like an HTTP response body: synchronous writes throw.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream _written = new();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _written.Length;
        public override long Position { get => _written.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _written.ToArray();

        public override void Write(byte[] buffer, int offset, int count) =>
            throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            _written.WriteAsync(buffer, offset, count, cancellationToken);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            _written.WriteAsync(buffer, cancellationToken);

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
