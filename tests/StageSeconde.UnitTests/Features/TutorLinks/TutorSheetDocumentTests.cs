using StageSeconde.UnitTests.Features.Printing;
using StageSeconde.UnitTests.Infrastructure.Pdf;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Printing;
using StageSeconde.Web.Features.TutorLinks;

namespace StageSeconde.UnitTests.Features.TutorLinks;

public class TutorSheetDocumentTests
{
    private const string Url = "https://stageseconde.ac-creteil.fr/t/AbCdEfGhIjKlMnOpQrStUv";

    private static string AllText(PdfReadBack pdf) => string.Join(' ', pdf.Pages.Select(PdfReadBack.Text));

    [Fact]
    public void The_fiche_tuteur_is_one_page_with_the_link_and_its_qr_code()
    {
        using var pdf = new PdfReadBack(TutorSheetDocument.Compose(SampleAgreements.Agreement(), Url, SampleAgreements.GeneratedOn).ToPdf());

        Assert.Single(pdf.Pages);
        Assert.Contains(Url, AllText(pdf));
        Assert.Empty(pdf.Pages[0].GetImages());
    }

    [Fact]
    public void The_convention_carries_the_report_block_only_when_it_has_a_link()
    {
        var model = SampleAgreements.Agreement();
        using var without = new PdfReadBack(AgreementDocument.Compose(model, SampleAgreements.GeneratedOn).ToPdf());
        using var with = new PdfReadBack(AgreementDocument.Compose(model with { TutorLinkUrl = Url }, SampleAgreements.GeneratedOn).ToPdf());

        Assert.DoesNotContain("Signaler une absence", AllText(without));
        Assert.Contains("Signaler une absence", AllText(with));
        Assert.Contains(Url, AllText(with));
        
        Assert.Equal(without.Pages.Count, with.Pages.Count);
    }

    [Fact]
    public void The_student_is_named_by_first_name_and_initial()
    {
        Assert.Equal("Léa D.", TutorSheetDocument.StudentLabel(new PrintedStudent("  dupré", "Léa", new DateOnly(2011, 3, 14), "2NDE1", null)));
    }
}
