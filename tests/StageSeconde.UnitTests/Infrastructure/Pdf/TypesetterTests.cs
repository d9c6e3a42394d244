using StageSeconde.Web.Infrastructure.Pdf;

namespace StageSeconde.UnitTests.Infrastructure.Pdf;

public class TypesetterTests
{
    private const double Size = 9.5;

    public TypesetterTests() => DejaVuFontResolver.EnsureRegistered();

    [Fact]
    public void Wraps_at_spaces_without_exceeding_the_width()
    {
        using var type = new Typesetter();
        var lines = type.Wrap(SampleDocuments.LongParagraph, Size, 200);

        Assert.True(lines.Count > 10);
        Assert.All(lines, line => Assert.True(line.Width <= 200));
        Assert.Equal(SampleDocuments.LongParagraph, string.Join(' ', lines.Select(Text)));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_between_characters()
    {
        using var type = new Typesetter();
        var lines = type.Wrap("adresse : service.orientation.seconde@ac-versailles.example.fr", Size, 80);

        Assert.True(lines.Count >= 3);
        Assert.All(lines, line => Assert.True(line.Width <= 80));
        Assert.Equal("adresse:service.orientation.seconde@ac-versailles.example.fr", string.Concat(lines.Select(Text)).Squeeze());
    }

    [Fact]
    public void French_punctuation_and_guillemets_never_start_or_end_a_line_alone()
    {
        using var type = new Typesetter();
        var text = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"« mot{i} » : suite ; fin{i} ?"));

        foreach (var width in new[] { 60.0, 73, 91, 117, 150 })
        {
            var lines = type.Wrap(text, Size, width).Select(Text).ToList();
            Assert.All(lines, line =>
            {
                Assert.False(line.StartsWith('»') || line.StartsWith(':') || line.StartsWith(';') || line.StartsWith('?'), line);
                Assert.False(line.EndsWith('«'), line);
            });
        }
    }

    [Fact]
    public void Line_feeds_start_new_lines_and_runs_keep_their_faces()
    {
        using var type = new Typesetter();
        var lines = type.Wrap([new TextRun("Début "), TextRun.Strong("gras"), new TextRun(".\nSuite")], Size, 400);

        Assert.Equal(["Début gras.", "Suite"], lines.Select(Text));
        Assert.Equal(3, lines[0].Segments.Count);
        Assert.True(lines[0].Segments[1].Font.Bold);
        Assert.False(lines[0].Segments[2].Font.Bold);
        Assert.True(lines[0].Segments[1].X > lines[0].Segments[0].X);
    }

    private static string Text(TextLine line) => string.Concat(line.Segments.Select(s => s.Text));
}
