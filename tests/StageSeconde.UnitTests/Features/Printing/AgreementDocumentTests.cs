using StageSeconde.UnitTests.Infrastructure.Pdf;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Printing;
using StageSeconde.Web.Infrastructure.Pdf;

namespace StageSeconde.UnitTests.Features.Printing;

public class AgreementDocumentTests
{
    private static PdfReadBack Print(AgreementPrintModel model) =>
        new(AgreementDocument.Compose(model, SampleAgreements.GeneratedOn).ToPdf());

    private static string AllText(PdfReadBack pdf) => string.Join(' ', pdf.Pages.Select(PdfReadBack.Text));

    [Fact]
    public void Carries_the_title_the_legal_references_and_every_article_title_with_French_accents()
    {
        using var pdf = Print(SampleAgreements.Agreement());
        var text = AllText(pdf);

        Assert.Contains("Convention relative à la séquence d’observation en milieu professionnel des élèves de seconde générale et technologique", text);
        Assert.Contains("articles L. 4153-1 et suivants et D. 4153-15 à D. 4153-37", text);
        Assert.Contains("articles L. 124-1 et D. 331-1 à D. 331-9", text);
        Assert.Contains("décret n° 2023-1111", text);
        Assert.Contains("arrêté du 29 novembre 2023", text);
        Assert.Contains("circulaire MENE2400643C", text);
        Assert.Equal(9, AgreementDocument.ArticleTitles.Count);
        Assert.All(AgreementDocument.ArticleTitles, title => Assert.Contains(title, text));
        Assert.Contains("Article 4 – Statut de l’élève", text);
        Assert.Contains("demeure sous statut scolaire", text);
        Assert.Contains("aucune rémunération", text);
        Assert.Contains("ne concourt pas à la production", text);
        Assert.Contains("prévient immédiatement le chef d’établissement", text);
        Assert.Contains("le jour même", text);
        Assert.Contains("Toute absence ou tout retard de l’élève est signalé immédiatement au lycée", text);
        Assert.Contains("Annexe pédagogique", text);
        Assert.Contains("Annexe financière", text);
    }

    [Fact]
    public void Carries_every_party_contact_and_identifier()
    {
        using var pdf = Print(SampleAgreements.Agreement());
        var text = AllText(pdf);

        Assert.Contains($"{SampleAgreements.SchoolName} – UAI {SampleAgreements.Uai}", text);
        Assert.Contains("2, rue Jules-Ferry, 94000 Créteil", text);
        Assert.Contains("Mme Françoise Lebœuf, chef d’établissement", text);
        Assert.Contains("proviseure.branly@ac-creteil.fr – 01 43 77 10 11", text);
        Assert.Contains("Pâtisserie « L’Éclair d’Orsay » (entreprise)", text);
        Assert.Contains($"SIRET : {SampleAgreements.Siret}", text);
        Assert.Contains("18, quai d’Orsay, 75007 Paris", text);
        Assert.Contains("Joël Méndez, Gérant", text);
        Assert.Contains("contact@eclair-orsay.fr – 01 45 55 01 02", text);
        Assert.Contains("DUPRÉ Léa, classe 2NDE4", text);
        Assert.Contains("14/03/2011", text);
        Assert.Contains("7, allée des Châtaigniers, 94000 Créteil", text);
        Assert.Contains("Noëlle DUPRÉ Mère noelle.dupre@example.fr 06 22 33 44 55 01 43 11 22 33", text);
        Assert.Contains("Loïc DUPRÉ Père loic.dupre@example.fr 06 77 88 99 00", text);
        Assert.Contains("Anaïs BÉRÉNGER, Cheffe pâtissière", text);
        Assert.Contains("anais.berenger@eclair-orsay.fr", text);
        Assert.Contains("Téléphone : 06 11 22 33 44", text);
        Assert.Contains("Jérôme CAËR", text);
        Assert.Contains("jerome.caer@ac-creteil.fr", text);
        Assert.Contains("Téléphone : 06 55 44 33 22", text);
        Assert.Contains("doit être joignable", text);
    }

    [Fact]
    public void Carries_the_dates_the_place_and_every_days_hours()
    {
        using var pdf = Print(SampleAgreements.Agreement());
        var text = AllText(pdf);

        Assert.Contains("Deux semaines : du lundi 14 juin 2027 au vendredi 25 juin 2027", text);
        Assert.Contains("Pâtisserie « L’Éclair d’Orsay », 20, quai d’Orsay – atelier, 75007 Paris", text);
        Assert.Contains("Jour Arrivée Départ Pauses Présence", text);
        Assert.Contains("Lundi 8 h 16 h 12 h – 13 h", text);
        Assert.Contains("14 h 30 – 14 h 45", text);
        Assert.Contains("6 h 45", text);
        Assert.Contains("Mardi 8 h 30 16 h 30 12 h 15 – 13 h 15 7 h", text);
        Assert.Contains("Mercredi 9 h 12 h 30 Aucune 3 h 30", text);
        Assert.Contains("Jeudi 7 h 45 15 h 15 11 h 45 – 12 h 30 6 h 45", text);
        Assert.Contains("Vendredi 10 h 17 h 13 h – 14 h 6 h", text);
        Assert.Contains("Samedi Repos", text);
        Assert.Contains("Total hebdomadaire 30 h", text);
        Assert.Contains("Ces horaires valent pour chacune des deux semaines de la convention ; le samedi et le dimanche sont des jours de repos.", text);
    }

    [Fact]
    public void Carries_the_activities_skills_evaluation_health_and_financial_annex()
    {
        using var pdf = Print(SampleAgreements.Agreement());
        var text = AllText(pdf);

        Assert.Contains("Découverte du laboratoire de pâtisserie ; observation de la vente et de l’accueil de la clientèle ; entretien avec la cheffe.", text);
        Assert.Contains("☒ Observer", text);
        Assert.Contains("☐ Communiquer", text);
        Assert.Contains("☒ Comprendre", text);
        Assert.Contains("☐ S'impliquer", text);
        Assert.Contains("préparée en classe avant son début", text);
        Assert.Contains("mise en commun collective en classe", text);
        Assert.DoesNotContain("restitution", text);
        Assert.Contains("Carnet de bord tenu pendant la séquence, repris en classe pour une mise en commun collective.", text);
        Assert.Contains("Projet d’accueil individualisé (PAI) : Oui", text);
        Assert.Contains("La famille (trousse remise au tuteur le premier jour)", text);
        Assert.Contains("Se présenter le premier jour à 8 h à l’entrée du personnel.", text);
        Assert.Contains("Hébergement Sans objet", text);
        Assert.Contains("Restauration À la charge de la famille", text);
        Assert.Contains("Transport À la charge de la famille", text);
        Assert.Contains("assureur : MAAF Assurances, contrat n° PRO-778899", text);
    }

    [Fact]
    public void Signature_blocks_name_each_party_and_show_recorded_signatures_with_date_and_mode()
    {
        var model = SampleAgreements.Agreement(state: AgreementState.InSignature) with
        {
            Signatures =
            [
                new PrintedSignature(SignatureParty.SchoolHead, null, new DateOnly(2027, 5, 3), SignatureMode.Paper),
                new PrintedSignature(SignatureParty.Guardian, 502, new DateOnly(2027, 5, 6), SignatureMode.Electronic),
            ],
        };
        using var pdf = Print(model);
        var text = AllText(pdf);

        Assert.Contains("Le chef d’établissement", text);
        Assert.Contains("Pour la structure d’accueil", text);
        Assert.Contains("L’élève", text);
        Assert.Equal(2, CountOf(text, "Le responsable légal"));
        Assert.Contains("Noëlle DUPRÉ (mère)", text);
        Assert.Contains("Loïc DUPRÉ (père)", text);
        Assert.Contains("Signé sur papier le 03/05/2027", text);
        Assert.Contains("Signé électroniquement le 06/05/2027", text);
        Assert.Equal(2, CountOf(text, "Signé "));
        // The signatures close the document, after both annexes.
        Assert.Equal(pdf.Pages.Count - 1, pdf.PagesWith("Signé").Max());
    }

    [Fact]
    public void A_convention_with_1500_characters_of_activities_and_six_days_stays_inside_the_margins()
    {
        var model = SampleAgreements.Agreement() with { PlannedActivities = SampleAgreements.LongActivities, Schedule = SampleAgreements.FullWeek() };
        Assert.Equal(1500, model.PlannedActivities.Length);
        using var pdf = Print(model);

        Assert.True(pdf.Pages.Count >= 5, $"{pdf.Pages.Count} pages");
        Assert.Single(pdf.PagesWith("FINACTIVITES"));
        Assert.Contains("Samedi 8 h 30 14 h 30 12 h – 12 h 45 5 h 15", AllText(pdf));
        Assert.Contains("Total hebdomadaire 31 h 30", AllText(pdf));
        foreach (var page in pdf.Pages)
        {
            var letters = PdfReadBack.Visible(page);
            Assert.All(letters, l => Assert.True(
                Inside(l, PdfReadBack.Margin, PdfReadBack.Margin, PdfReadBack.PageWidth - PdfReadBack.Margin, PdfReadBack.PageHeight - PdfReadBack.Margin),
                $"page {page.Number} : « {l.Value} » hors des marges"));
            var body = letters.Where(l => !PdfReadBack.InHeaderBand(l) && !PdfReadBack.InFooterBand(l));
            Assert.All(body, l => Assert.True(
                Inside(l, PdfReadBack.Margin, PdfReadBack.FlowTop, PdfReadBack.PageWidth - PdfReadBack.Margin, PdfReadBack.FlowBottom),
                $"page {page.Number} : « {l.Value} » hors de la zone de texte"));
            var text = PdfReadBack.Text(page);
            Assert.Contains($"Page {page.Number} / {pdf.Pages.Count}", text);
            Assert.Contains("Réf. Convention n° 42", text);
            Assert.Contains("UAI : " + SampleAgreements.Uai, text);
        }
    }

    [Fact]
    public void The_schedule_table_stays_on_one_page_and_the_signature_blocks_on_the_last_one()
    {
        var model = SampleAgreements.Agreement() with { PlannedActivities = SampleAgreements.LongActivities, Schedule = SampleAgreements.FullWeek() };
        using var pdf = Print(model);

        Assert.Single(pdf.PagesWith("Arrivée").Distinct());
        Assert.Equal(pdf.PageOf("Arrivée"), pdf.PageOf("hebdomadaire"));
        // The signature blocks (5: the head, the host, the student, two guardians) and their heading share the last page.
        var last = pdf.Pages.Count - 1;
        Assert.Equal(last, pdf.PageOf("Signatures"));
        var text = PdfReadBack.Text(pdf.Pages[last]);
        Assert.Equal(5, CountOf(text, "Date :"));
        Assert.Contains("Le chef d’établissement Pour la structure d’accueil", text);
    }

    [Theory]
    [InlineData(AgreementState.Draft)]
    [InlineData(AgreementState.Submitted)]
    [InlineData(AgreementState.Refused)]
    public void A_convention_not_yet_validated_carries_the_draft_mark_on_every_page(AgreementState state)
    {
        using var pdf = Print(SampleAgreements.Agreement(state: state));

        Assert.All(pdf.Pages, page =>
            Assert.Equal(AgreementDocument.DraftStamp.Squeeze(), PdfReadBack.Ink(PdfReadBack.Visible(page).TakeLast(AgreementDocument.DraftStamp.Squeeze().Length))));
    }

    [Theory]
    [InlineData(AgreementState.Validated)]
    [InlineData(AgreementState.InSignature)]
    [InlineData(AgreementState.Signed)]
    [InlineData(AgreementState.Completed)]
    public void A_validated_convention_carries_no_draft_mark(AgreementState state)
    {
        using var pdf = Print(SampleAgreements.Agreement(state: state));

        Assert.Empty(pdf.PagesWith("BROUILLON"));
        Assert.DoesNotContain("non validée", AllText(pdf));
    }

    [Fact]
    public void A_cancelled_convention_is_marked_as_such()
    {
        using var pdf = Print(SampleAgreements.Agreement(state: AgreementState.Cancelled));

        Assert.All(pdf.Pages, page =>
            Assert.Equal(AgreementDocument.CancelledStamp, PdfReadBack.Ink(PdfReadBack.Visible(page).TakeLast(AgreementDocument.CancelledStamp.Length))));
        Assert.DoesNotContain("BROUILLON", AllText(pdf));
    }

    [Fact]
    public void Missing_contacts_and_referent_are_written_out_not_left_blank()
    {
        var model = SampleAgreements.Agreement() with
        {
            ReferentTeacher = null,
            Guardians = [],
            Tutor = new PrintedContact("Anaïs", "Bérénger", "Cheffe pâtissière", null, null),
            Host = SampleAgreements.Agreement().Host with { Insurer = null, InsurancePolicyNumber = null },
            HasPai = false,
            Remarks = null,
        };
        using var pdf = Print(model);
        var text = AllText(pdf);

        Assert.Contains("Nom : Non encore désigné", text);
        Assert.Contains("Aucun responsable légal enregistré", text);
        Assert.Contains("Le ou les responsables légaux", text);
        Assert.Contains("Courriel : Non renseigné Téléphone : Non renseigné", text);
        Assert.Contains("assureur à préciser par la structure", text);
        Assert.Contains("Projet d’accueil individualisé (PAI) : Non", text);
        Assert.DoesNotContain("Trousse", text);
        Assert.DoesNotContain("Observations", text);
    }

    [Fact]
    public void The_file_name_is_plain_ascii()
    {
        var model = SampleAgreements.Agreement(id: 7) with { Student = new PrintedStudent("N'Diaye-Lefèvre", "Zoé Anaïs", new DateOnly(2011, 1, 1), "2NDE1", null) };

        Assert.Equal("convention-7-N-DIAYE-LEFEVRE-Zoe-Anais.pdf", AgreementDocument.FileName(model));
    }

    [Fact]
    public void A_batch_of_fifty_conventions_is_fifty_documents_in_order_with_the_pages_of_each()
    {
        var models = Enumerable.Range(1, 50).Select(Varied).ToList();
        var expected = models.Select(m => { using var single = Print(m); return single.Pages.Count; }).ToList();
        Assert.True(expected.Distinct().Count() > 1, "the sample conventions should not all have the same length");

        using var composer = new DocumentComposer();
        var placed = models.Select(m => composer.Add(AgreementDocument.Compose(m, SampleAgreements.GeneratedOn))).ToList();
        using var pdf = new PdfReadBack(Save(composer));

        Assert.Equal(expected.Sum(), pdf.Pages.Count);
        var first = 0;
        for (var i = 0; i < models.Count; i++)
        {
            Assert.Equal(new DocumentPages(first + 1, expected[i]), placed[i]);
            var firstPage = PdfReadBack.Text(pdf.Pages[first]);
            Assert.Contains($"Réf. Convention n° {models[i].Id} ", firstPage + " ");
            Assert.Contains($"Page 1 / {expected[i]}", firstPage);
            Assert.Contains(AgreementDocument.Title[..40], firstPage);
            first += expected[i];
        }
    }

    [Fact]
    public void With_duplex_padding_every_convention_of_a_batch_starts_on_an_odd_page()
    {
        var models = Enumerable.Range(1, 50).Select(Varied).ToList();
        using var composer = new DocumentComposer(padToEvenPages: true);
        foreach (var m in models) composer.Add(AgreementDocument.Compose(m, SampleAgreements.GeneratedOn));
        using var pdf = new PdfReadBack(Save(composer));

        var starts = models.Select(m => Enumerable.Range(0, pdf.Pages.Count).Single(i =>
        {
            var text = PdfReadBack.Text(pdf.Pages[i]);
            return text.Contains($"Réf. Convention n° {m.Id} ", StringComparison.Ordinal) && text.Contains("Page 1 /", StringComparison.Ordinal);
        })).ToList();
        Assert.All(starts, index => Assert.Equal(1, (index + 1) % 2));
        Assert.Equal(starts.Order(), starts);
    }

    /// <summary>Conventions of different lengths: activities from 130 to 1 500 characters, one to four guardians.</summary>
    private static AgreementPrintModel Varied(int n)
    {
        var model = SampleAgreements.Agreement(id: 1000 + n);
        return model with
        {
            PlannedActivities = SampleAgreements.Activities(100 + n * 28),
            Guardians = [.. Enumerable.Range(0, 1 + n % 4).Select(g => model.Guardians[g % 2] with { Id = 900 + g })],
            Remarks = n % 3 == 0 ? model.Remarks : null,
        };
    }

    /// <summary>
    /// Inside the area, give or take a glyph's overhang: the outline of a « T » at the start of a line reaches 0.03 pt
    /// (0.01 mm) left of where it is drawn (a negative side bearing of the font).
    /// </summary>
    private static bool Inside(UglyToad.PdfPig.Content.Letter letter, double left, double top, double right, double bottom)
    {
        const double overhang = 0.05;
        return PdfReadBack.Inside(letter, left - overhang, top - overhang, right + overhang, bottom + overhang);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static byte[] Save(DocumentComposer composer)
    {
        using var buffer = new MemoryStream();
        composer.Save(buffer);
        return buffer.ToArray();
    }

    // Which days the weekly timetable applies to (ADR 0016): the printed sentence is true of the printed dates.

    private static IReadOnlyList<DaySchedule> TuesdayToSaturday() =>
        [DaySchedule.Off(DayOfWeek.Monday), .. new[] { DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday }
            .Select(d => new DaySchedule(d, new(9, 0), new(16, 0), new DayBreak(new(12, 0), new(13, 0))))];

    [Fact]
    public void A_two_week_convention_with_a_saturday_worked_says_only_the_saturday_between_the_weeks_is_worked()
    {
        using var pdf = Print(SampleAgreements.Agreement() with { Schedule = TuesdayToSaturday() });
        var text = AllText(pdf);

        Assert.Contains("Ces horaires valent pour chacune des deux semaines de la convention, à une exception près : le seul samedi travaillé est le samedi 19 juin 2027, la convention prenant fin le vendredi 25 juin 2027.", text);
        Assert.DoesNotContain("le samedi et le dimanche sont des jours de repos", text);
    }

    [Fact]
    public void A_one_week_convention_names_its_week_and_its_days_off()
    {
        var model = SampleAgreements.Agreement() with
        {
            Period = PeriodOption.Week2, FirstDay = new DateOnly(2027, 6, 21), LastDay = new DateOnly(2027, 6, 25),
        };

        Assert.Equal("Ces horaires valent pour la semaine de la convention, du lundi 21\u00a0juin\u00a02027 au vendredi 25\u00a0juin\u00a02027 ; le samedi et le dimanche sont des jours de repos.",
            AgreementDocument.ScheduleScope(model));
        Assert.Equal("Ces horaires valent pour la semaine de la convention, du lundi 21\u00a0juin\u00a02027 au vendredi 25\u00a0juin\u00a02027. Aucun samedi n’est compris dans ces dates : l’élève ne peut pas être accueilli le samedi, la convention ne le couvre pas. Le dimanche est un jour de repos.",
            AgreementDocument.ScheduleScope(model with { Schedule = TuesdayToSaturday() }));
    }
}
