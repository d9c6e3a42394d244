using System.Text;
using System.Text.RegularExpressions;
using StageSeconde.Web.Infrastructure.Pdf;

namespace StageSeconde.UnitTests.Infrastructure.Pdf;

public class PdfDocumentBuilderTests
{
    [Fact]
    public void Reads_back_headings_paragraphs_key_values_tables_and_signatures_with_French_accents()
    {
        using var pdf = new PdfReadBack(SampleDocuments.LiaisonSheet().ToPdf());
        var text = string.Join(' ', pdf.Pages.Select(PdfReadBack.Text));

        Assert.Contains("Fiche de liaison de la séquence d’observation en milieu professionnel", text);
        Assert.Contains("du lundi 15 juin au vendredi 26 juin 2026. L’élève conserve son statut scolaire", text);
        Assert.Contains("elle n’est pas rémunérée", text);
        Assert.Contains("Le tuteur veille à sa sécurité et contrôle le respect des horaires.", text);
        Assert.Contains("FRANÇAIS-DUPRÉ Léa", text);
        Assert.Contains("12 bis, rue de l’Église – Bâtiment C", text);
        Assert.Contains("Boulangerie « Au cœur du blé »", text);
        Assert.Contains("M. Noël Lefèvre, maître boulanger", text);
        Assert.Contains("Pause méridienne", text);
        Assert.Contains("Activités prévues", text);
        Assert.Contains("Observation du fournil : pétrissage, façonnage, cuisson.", text);
        Assert.Contains("Le chef d’établissement", text);
        Assert.Contains("Le représentant de la structure d’accueil", text);
        Assert.Contains("Le ou les représentants légaux", text);
        Assert.Contains("Signé électroniquement le 12/05/2026", text);
        Assert.Contains("Date :", text);
        Assert.Contains("Signature :", text);
    }

    [Fact]
    public void Bold_runs_inside_a_paragraph_are_set_in_the_bold_face()
    {
        using var pdf = new PdfReadBack(SampleDocuments.LiaisonSheet().ToPdf());
        var words = pdf.Pages[0].GetWords().ToList();

        var bold = words.Single(w => w.Text == "lundi");
        var regular = words.First(w => w.Text == "déroule");
        Assert.All(bold.Letters, l => Assert.Contains("Bold", l.FontName));
        Assert.All(regular.Letters, l => Assert.DoesNotContain("Bold", l.FontName));
    }

    [Fact]
    public void Fonts_are_DejaVu_Sans_embedded_as_subsets()
    {
        using var pdf = new PdfReadBack(SampleDocuments.LiaisonSheet().ToPdf());

        var fontNames = pdf.Pages.SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fontNames);
        // A subset carries a six-letter tag before the font's name.
        Assert.All(fontNames, name => Assert.Matches(new Regex("^[A-Z]{6}\\+DejaVu"), name));
        var raw = Encoding.Latin1.GetString(pdf.Bytes);
        Assert.Equal(fontNames.Count, Regex.Matches(raw, "/FontFile2").Count);
    }

    [Fact]
    public void A_long_paragraph_and_a_sixty_row_table_stay_inside_the_margins_and_bands_on_every_page()
    {
        using var pdf = new PdfReadBack(SampleDocuments.LongList().ToPdf());
        Assert.True(pdf.Pages.Count >= 4, $"{pdf.Pages.Count} pages");
        Assert.True(SampleDocuments.LongParagraph.Length >= 1500);

        foreach (var page in pdf.Pages)
        {
            Assert.Equal(PdfReadBack.PageWidth, page.Width, 0.5);
            Assert.Equal(PdfReadBack.PageHeight, page.Height, 0.5);
            var letters = PdfReadBack.Visible(page);
            Assert.All(letters, l => Assert.True(
                PdfReadBack.Inside(l, PdfReadBack.Margin, PdfReadBack.Margin, PdfReadBack.PageWidth - PdfReadBack.Margin, PdfReadBack.PageHeight - PdfReadBack.Margin),
                $"page {page.Number}: « {l.Value} » outside the margins"));

            // The header and footer bands hold exactly the header and the footer; the flow stays between them.
            var header = letters.Where(PdfReadBack.InHeaderBand).ToList();
            var footer = letters.Where(PdfReadBack.InFooterBand).ToList();
            var body = letters.Except(header).Except(footer).ToList();
            Assert.Equal(
                ("Liste des élèves et de leurs structures d’accueil" + SampleDocuments.SchoolName + "UAI : " + SampleDocuments.Uai).Squeeze(),
                PdfReadBack.Ink(header));
            Assert.Equal($"Réf. LISTE-2026-0007 Généré le 18/05/2026 Page {page.Number} / {pdf.Pages.Count}".Squeeze(), PdfReadBack.Ink(footer));
            Assert.All(body, l => Assert.True(
                PdfReadBack.Inside(l, PdfReadBack.Margin, PdfReadBack.FlowTop, PdfReadBack.PageWidth - PdfReadBack.Margin, PdfReadBack.FlowBottom),
                $"page {page.Number}: « {l.Value} » outside the flowing area"));
            Assert.All(header, l => Assert.True(PdfReadBack.Bottom(l) < PdfReadBack.FlowTop));
            Assert.All(footer, l => Assert.True(PdfReadBack.Top(l) > PdfReadBack.FlowBottom));
        }
    }

    [Fact]
    public void Every_page_carries_page_x_of_y_with_the_reference_and_the_generation_date()
    {
        using var pdf = new PdfReadBack(SampleDocuments.LongList().ToPdf());

        var count = pdf.Pages.Count;
        Assert.All(pdf.Pages, page =>
        {
            var text = PdfReadBack.Text(page);
            Assert.Contains($"Page {page.Number} / {count}", text);
            Assert.Contains("Réf. LISTE-2026-0007", text);
            Assert.Contains("Généré le 18/05/2026", text);
        });
    }

    [Fact]
    public void The_table_header_row_is_repeated_at_the_top_of_each_page_the_table_continues_on()
    {
        using var pdf = new PdfReadBack(SampleDocuments.LongList().ToPdf());

        var tablePages = Enumerable.Range(1, 60).Select(n => pdf.PageOf(SampleDocuments.RowMarker(n))).Distinct().ToList();
        Assert.True(tablePages.Count >= 3, $"the table spans {tablePages.Count} pages");
        foreach (var index in tablePages)
        {
            var page = pdf.Pages[index];
            var words = pdf.WordsOf(index);
            var headerWords = new[] { "N°", "Élève", "Observations" }.Select(h => words.Single(w => w.Text == h)).ToList();
            var rows = words.Where(w => Regex.IsMatch(w.Text, "^R\\d\\d$")).ToList();
            var headerTop = headerWords.Max(PdfReadBack.Top);
            Assert.All(rows, r => Assert.True(PdfReadBack.Top(r) > headerTop, $"page {page.Number}: {r.Text} above the header row"));
            if (index != tablePages[0])
            {
                // On a continuation page, the header row is the first thing in the flowing area.
                var flowWords = words.Where(w => w.Letters.All(l => !PdfReadBack.InHeaderBand(l))).ToList();
                Assert.Equal(flowWords.Min(PdfReadBack.Top), headerWords.Min(PdfReadBack.Top), 1.0);
            }
        }
    }

    [Fact]
    public void No_table_row_is_split_across_pages()
    {
        using var pdf = new PdfReadBack(SampleDocuments.LongList().ToPdf());

        var previousPage = 0;
        var movedRows = 0;
        for (var n = 1; n <= 60; n++)
        {
            var start = pdf.PagesWith(SampleDocuments.RowMarker(n));
            var end = pdf.PagesWith(SampleDocuments.RowEndMarker(n));
            Assert.Single(start);
            Assert.Equal(start, end);
            Assert.True(PdfReadBack.Top(pdf.Word(start[0], SampleDocuments.RowEndMarker(n)))
                > PdfReadBack.Top(pdf.Word(start[0], SampleDocuments.RowMarker(n))));
            Assert.True(start[0] >= previousPage);
            if (start[0] > previousPage && n > 1)
                movedRows++;
            previousPage = start[0];
        }

        Assert.True(movedRows >= 2);
    }

    [Fact]
    public void A_signature_box_is_never_split_across_pages()
    {
        var outcomes = new HashSet<int>();
        // Push the box down the first page line by line, across the page's foot.
        for (var lines = 30; lines <= 52; lines++)
        {
            var doc = new PdfDocumentBuilder(SampleDocuments.Identity($"SIG-{lines}"));
            doc.Paragraph(string.Join('\n', Enumerable.Range(1, lines).Select(i => $"Ligne de remplissage {i}")));
            doc.SignatureBoxes([new SignatureBox("Le tuteur désigné", "Signé sur papier le 14/05/2026")], heightMm: 45);
            using var pdf = new PdfReadBack(doc.ToPdf());

            var title = pdf.PagesWith("tuteur");
            Assert.Single(title);
            Assert.Equal(title, pdf.PagesWith("14/05/2026"));
            var titleTop = PdfReadBack.Top(pdf.Word(title[0], "tuteur"));
            var recorded = pdf.Word(title[0], "14/05/2026");
            Assert.True(PdfReadBack.Top(recorded) - titleTop > 30 * PdfReadBack.Mm, $"{lines} lines: the box's foot is not 45 mm below its title");
            Assert.True(PdfReadBack.Bottom(recorded.Letters[^1]) < PdfReadBack.FlowBottom);
            outcomes.Add(title[0]);
        }

        // Some boxes stayed on the first page, others moved whole to the second.
        Assert.Equal([0, 1], outcomes.Order());
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_at_line_boundaries_under_a_repeated_header()
    {
        var doc = new PdfDocumentBuilder(SampleDocuments.Identity("HAUTE-1"));
        doc.Table([new TableColumn("Jour", 1), new TableColumn("Détail", 3)],
            [["Lundi", string.Join('\n', Enumerable.Range(1, 80).Select(i => $"L{i:00}"))]]);
        using var pdf = new PdfReadBack(doc.ToPdf());

        Assert.Equal(2, pdf.Pages.Count);
        Assert.Equal([0, 1], pdf.PagesWith("Détail"));
        var lineWords = Enumerable.Range(1, 80).Select(i => $"L{i:00}").ToList();
        Assert.All(lineWords, w => Assert.Single(pdf.PagesWith(w)));
        var split = lineWords.FindIndex(w => pdf.PageOf(w) == 1);
        Assert.True(split > 20);
        Assert.All(lineWords.Take(split), w => Assert.Equal(0, pdf.PageOf(w)));
        Assert.All(pdf.Pages, page => Assert.All(
            PdfReadBack.Visible(page).Where(l => !PdfReadBack.InHeaderBand(l) && !PdfReadBack.InFooterBand(l)),
            l => Assert.True(PdfReadBack.Inside(l, PdfReadBack.Margin, PdfReadBack.FlowTop, PdfReadBack.PageWidth - PdfReadBack.Margin, PdfReadBack.FlowBottom))));
    }

    [Fact]
    public void A_stamp_is_printed_across_every_page_inside_the_flowing_area()
    {
        const string stamp = "BROUILLON – non validée";
        using var pdf = new PdfReadBack(SampleDocuments.LongList().Stamp(stamp).ToPdf());

        Assert.All(pdf.Pages, page =>
        {
            // The stamp is drawn last, over the content.
            var letters = PdfReadBack.Visible(page);
            var mark = letters.TakeLast(stamp.Squeeze().Length).ToList();
            Assert.Equal(stamp.Squeeze(), PdfReadBack.Ink(mark));
            Assert.All(mark, l => Assert.True(PdfReadBack.Inside(l, PdfReadBack.Margin, PdfReadBack.FlowTop,
                PdfReadBack.PageWidth - PdfReadBack.Margin, PdfReadBack.FlowBottom)));
            Assert.True(mark[^1].BoundingBox.Centroid.Y > mark[0].BoundingBox.Centroid.Y + 100, "the stamp rises diagonally");
        });
    }

    [Fact]
    public void An_empty_document_is_one_page_with_its_header_and_footer()
    {
        using var pdf = new PdfReadBack(new PdfDocumentBuilder(SampleDocuments.Identity("VIDE-1")).ToPdf());

        var page = Assert.Single(pdf.Pages);
        Assert.Contains("Page 1 / 1", PdfReadBack.Text(page));
        Assert.Contains("UAI : 0910625K", PdfReadBack.Text(page));
    }

    [Fact]
    public void A_page_break_starts_a_new_page_but_never_an_empty_one()
    {
        var doc = new PdfDocumentBuilder(SampleDocuments.Identity("SAUT-1"));
        doc.PageBreak().Heading("Première partie").PageBreak().PageBreak().Heading("Deuxième partie");
        using var pdf = new PdfReadBack(doc.ToPdf());

        Assert.Equal(2, pdf.Pages.Count);
        Assert.Equal(0, pdf.PageOf("Première"));
        Assert.Equal(1, pdf.PageOf("Deuxième"));
    }

    [Fact]
    public void A_heading_is_kept_with_the_first_lines_of_what_follows()
    {
        for (var lines = 40; lines <= 50; lines++)
        {
            var doc = new PdfDocumentBuilder(SampleDocuments.Identity($"TITRE-{lines}"));
            doc.Paragraph(string.Join('\n', Enumerable.Range(1, lines).Select(i => $"Ligne {i}")));
            doc.Heading("Intertitre", level: 2);
            doc.Paragraph("Premier paragraphe de la section suivante.\nDeuxième ligne de ce paragraphe.");
            using var pdf = new PdfReadBack(doc.ToPdf());

            Assert.Equal(pdf.PageOf("Intertitre"), pdf.PageOf("Premier"));
            Assert.Equal(pdf.PageOf("Intertitre"), pdf.PageOf("Deuxième"));
        }
    }

    [Fact]
    public void A_paragraph_never_leaves_its_last_line_alone_at_the_top_of_a_page()
    {
        var outcomes = new HashSet<int>();
        // A ten-line paragraph pushed down the first page line by line, across the page's foot.
        for (var filler = 30; filler <= 50; filler++)
        {
            var doc = new PdfDocumentBuilder(SampleDocuments.Identity($"VEUVE-{filler}"));
            doc.Paragraph(string.Join('\n', Enumerable.Range(1, filler).Select(i => $"Remplissage {i}")));
            doc.Paragraph(string.Join('\n', Enumerable.Range(1, 10).Select(i => $"Texte P{i:00}")));
            using var pdf = new PdfReadBack(doc.ToPdf());

            var pages = Enumerable.Range(1, 10).Select(i => pdf.PageOf($"P{i:00}")).ToList();
            Assert.All(pages, p => Assert.True(p >= 0));
            foreach (var page in pages.Distinct())
            {
                var count = pages.Count(p => p == page);
                Assert.True(count >= 2, $"{filler} lines before: a single line of the paragraph on page {page + 1}");
            }
            outcomes.Add(pages.Distinct().Count());
        }

        // Some placements split the paragraph, others did not.
        Assert.Equal([1, 2], outcomes.Order());
    }

    [Fact]
    public void A_short_paragraph_is_never_split()
    {
        for (var filler = 44; filler <= 52; filler++)
        {
            var doc = new PdfDocumentBuilder(SampleDocuments.Identity($"COURT-{filler}"));
            doc.Paragraph(string.Join('\n', Enumerable.Range(1, filler).Select(i => $"Remplissage {i}")));
            doc.Paragraph("Première ligne COURT1\nDeuxième ligne COURT2\nTroisième ligne COURT3");
            using var pdf = new PdfReadBack(doc.ToPdf());

            Assert.Equal(pdf.PageOf("COURT1"), pdf.PageOf("COURT3"));
        }
    }

    [Fact]
    public void A_paragraph_kept_with_the_next_block_moves_to_its_page_with_the_heading_before_it()
    {
        var outcomes = new HashSet<int>();
        for (var filler = 20; filler <= 40; filler++)
        {
            var doc = new PdfDocumentBuilder(SampleDocuments.Identity($"LIEN-{filler}"));
            doc.Paragraph(string.Join('\n', Enumerable.Range(1, filler).Select(i => $"Remplissage {i}")));
            doc.Heading("Signatures", level: 2);
            doc.Paragraph("Les soussignés acceptent les termes de la convention.", keepWithNext: true);
            doc.SignatureBoxes([new SignatureBox("Le chef d’établissement"), new SignatureBox("L’élève")], heightMm: 60);
            using var pdf = new PdfReadBack(doc.ToPdf());

            var box = pdf.PageOf("chef");
            Assert.Equal(box, pdf.PageOf("soussignés"));
            Assert.Equal(box, pdf.PageOf("Signatures"));
            outcomes.Add(box);
        }

        Assert.Equal([0, 1], outcomes.Order());
    }

    [Fact]
    public void A_conditional_page_break_starts_a_new_page_only_when_little_room_is_left()
    {
        PdfReadBack Compose(int lines)
        {
            var doc = new PdfDocumentBuilder(SampleDocuments.Identity($"PARTIE-{lines}"));
            doc.Paragraph(string.Join('\n', Enumerable.Range(1, lines).Select(i => $"Remplissage {i}")));
            doc.PageBreakUnlessRoom(150);
            doc.Heading("Annexe");
            return new PdfReadBack(doc.ToPdf());
        }

        using (var few = Compose(5)) Assert.Equal(0, few.PageOf("Annexe"));
        using (var many = Compose(30)) Assert.Equal(1, many.PageOf("Annexe"));
    }

    [Fact]
    public void Three_key_value_pairs_stay_on_one_page_and_a_longer_list_may_break_between_pairs()
    {
        var splits = 0;
        for (var filler = 40; filler <= 50; filler++)
        {
            var doc = new PdfDocumentBuilder(SampleDocuments.Identity($"PAIRES-{filler}"));
            doc.Paragraph(string.Join('\n', Enumerable.Range(1, filler).Select(i => $"Remplissage {i}")));
            doc.KeyValues(("Nom", "COURTA"), ("Courriel", "COURTB"), ("Téléphone", "COURTC"));
            doc.KeyValues([.. Enumerable.Range(1, 12).Select(i => ($"Ligne {i}", $"LONG{i:00}"))], labelWidth: 0.3);
            using var pdf = new PdfReadBack(doc.ToPdf());

            Assert.Equal(pdf.PageOf("COURTA"), pdf.PageOf("COURTC"));
            if (pdf.PageOf("LONG01") != pdf.PageOf("LONG12")) splits++;
        }

        Assert.True(splits > 0, "the twelve pairs were never split");
    }

    [Fact]
    public void Signature_boxes_kept_together_all_land_on_one_page()
    {
        var pagesUsed = new HashSet<int>();
        for (var filler = 10; filler <= 45; filler += 5)
        {
            var doc = new PdfDocumentBuilder(SampleDocuments.Identity($"SIGNES-{filler}"));
            doc.Paragraph(string.Join('\n', Enumerable.Range(1, filler).Select(i => $"Remplissage {i}")));
            doc.SignatureBoxes([.. Enumerable.Range(1, 5).Select(i => new SignatureBox($"Signataire S{i}"))], keepTogether: true);
            using var pdf = new PdfReadBack(doc.ToPdf());

            var pages = Enumerable.Range(1, 5).Select(i => pdf.PageOf($"S{i}")).Distinct().ToList();
            Assert.Single(pages);
            pagesUsed.Add(pages[0]);
        }

        Assert.Equal([0, 1], pagesUsed.Order());
    }

    [Fact]
    public void A_table_kept_together_moves_whole_to_the_next_page()
    {
        var pagesUsed = new HashSet<int>();
        for (var filler = 20; filler <= 45; filler += 5)
        {
            var doc = new PdfDocumentBuilder(SampleDocuments.Identity($"TABLE-{filler}"));
            doc.Paragraph(string.Join('\n', Enumerable.Range(1, filler).Select(i => $"Remplissage {i}")));
            doc.Table(SampleDocuments.ScheduleColumns, Enumerable.Range(1, 8).Select(i => (IReadOnlyList<string>)[$"J{i}", "8 h – 16 h", "12 h – 13 h", "Observation"]),
                keepTogether: true);
            using var pdf = new PdfReadBack(doc.ToPdf());

            Assert.Single(pdf.PagesWith("Horaires"));
            Assert.Equal(pdf.PageOf("J1"), pdf.PageOf("J8"));
            pagesUsed.Add(pdf.PageOf("J1"));
        }

        Assert.Equal([0, 1], pagesUsed.Order());
    }
}
