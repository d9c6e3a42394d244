using System.Globalization;
using System.Text;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Printing;

/// <summary>
/// The printed convention (docs/reference-produit.md §4): legal references, the parties, articles 1 to 9, the annexe pédagogique
/// (contacts, dates, place, Monday–Saturday timetable, activities, skills, evaluation, PAI), the annexe financière and the
/// signature blocks. A convention not yet validated carries « BROUILLON – non validée » across every page.
/// </summary>
public static class AgreementDocument
{
    public const string Title =
        "Convention relative à la séquence d’observation en milieu professionnel des élèves de seconde générale et technologique";

    public const string DraftStamp = "BROUILLON – non validée";
    public const string CancelledStamp = "ANNULÉE";

    /// <summary>The article titles, in order.</summary>
    public static readonly IReadOnlyList<string> ArticleTitles =
    [
        "Article 1 – Objet",
        "Article 2 – Annexes pédagogique et financière",
        "Article 3 – Organisation conjointe",
        "Article 4 – Statut de l’élève",
        "Article 5 – Activités de l’élève",
        "Article 6 – Assurances",
        "Article 7 – Accident",
        "Article 8 – Absences",
        "Article 9 – Durée",
    ];

    /// <summary>The pages a convention usually takes: the parties and articles (2), the annexes (2), the signatures (1).</summary>
    public const int UsualPageCount = 5;

    /// <summary>Free height (two thirds of a page's flowing area) under which the annexe pédagogique starts a new page.</summary>
    private const double AnnexMinimumRoomMm = 160;

    /// <summary>Edge of the QR code of the tutor's link on the printed page.</summary>
    public const double QrCodeSizeMm = 28;

    private const double PartyLabelWidth = 0.24;
    private const double AnnexLabelWidth = 0.36;

    private const string NotProvided = "Non renseigné";
    private const string Nbsp = "\u00A0";

    private static readonly TableColumn[] GuardianColumns =
        [new("Nom", 0.3), new("Lien", 0.14), new("Courriel", 0.34), new("Téléphone", 0.22)];

    private static readonly TableColumn[] ScheduleColumns =
        [new("Jour", 0.2), new("Arrivée", 0.15), new("Départ", 0.15), new("Pauses", 0.3), new("Présence", 0.2)];

    private static readonly TableColumn[] FinanceColumns = [new("Poste", 0.22), new("Prise en charge", 0.78)];

    private static readonly (TargetSkills Skill, string Description)[] Skills =
    [
        (TargetSkills.Observer, "l’organisation de la structure, ses métiers et les gestes professionnels"),
        (TargetSkills.Communiquer, "se présenter, échanger avec les professionnels, poser des questions"),
        (TargetSkills.Comprendre, "le fonctionnement de la structure, son secteur d’activité et ses contraintes"),
        (TargetSkills.SImpliquer, "faire preuve de curiosité, de ponctualité et de respect des règles"),
    ];

    /// <summary>The reference printed in the footer of every page, by which a convention is found in a batch.</summary>
    public static string Reference(int agreementId) => string.Create(CultureInfo.InvariantCulture, $"Convention n° {agreementId}");

    /// <summary>Not validated yet: drafts, submitted and refused conventions.</summary>
    public static bool IsDraft(AgreementState state) => state is AgreementState.Draft or AgreementState.Submitted or AgreementState.Refused;

    public static string? StampFor(AgreementState state) =>
        IsDraft(state) ? DraftStamp : state == AgreementState.Cancelled ? CancelledStamp : null;

    public static DocumentIdentity Identity(AgreementPrintModel m, DateOnly generatedOn) =>
        new(m.School.Name, m.School.Uai, Reference(m.Id), generatedOn, $"Séquence d’observation – {m.Student.FullName} ({m.Student.ClassCode})");

    /// <summary>An ASCII file name: « convention-42-DUPRE-Lea.pdf ».</summary>
    public static string FileName(AgreementPrintModel m) =>
        string.Create(CultureInfo.InvariantCulture, $"convention-{m.Id}-{Ascii(m.Student.LastName).ToUpperInvariant()}-{Ascii(m.Student.FirstName)}.pdf");

    public static PdfDocumentBuilder Compose(AgreementPrintModel m, DateOnly generatedOn)
    {
        var doc = new PdfDocumentBuilder(Identity(m, generatedOn));
        if (StampFor(m.State) is { } stamp) doc.Stamp(stamp);

        Preamble(doc, m);
        Parties(doc, m);
        Articles(doc, m);
        // The annexe opens a page, unless the articles spilled only a few lines onto the last one.
        doc.PageBreakUnlessRoom(AnnexMinimumRoomMm);
        TeachingAnnex(doc, m);
        FinancialAnnex(doc, m);
        Signatures(doc, m);
        return doc;
    }

    private static void Preamble(PdfDocumentBuilder doc, AgreementPrintModel m)
    {
        doc.Heading(Title);
        doc.Paragraph(
            TextRun.Strong(Reference(m.Id)),
            $" – année scolaire {m.SchoolYearLabel} – {m.Period.Label().ToLower(ParisTime.French)}, {Dates(m)}.");
        doc.Paragraph(TextRun.Emphasis(string.Join('\n',
            "Vu le code du travail, notamment ses articles L.\u00A04153-1 et suivants et D.\u00A04153-15 à D.\u00A04153-37 ;",
            "Vu le code de l’éducation, notamment ses articles L.\u00A0124-1 et D.\u00A0331-1 à D.\u00A0331-9 ;",
            "Vu le décret n°\u00A02023-1111 du 29 novembre 2023 ;",
            "Vu l’arrêté du 29 novembre 2023 ;",
            "Vu la circulaire MENE2400643C relative à la séquence d’observation en milieu professionnel.")));
    }

    private static void Parties(PdfDocumentBuilder doc, AgreementPrintModel m)
    {
        doc.Heading("Entre les soussignés", level: 2);

        doc.Heading("L’établissement d’enseignement", level: 3);
        doc.KeyValues(
        [
            ("Lycée", $"{m.School.Name} – UAI {m.School.Uai}"),
            ("Adresse", m.School.Address.ToString()),
            ("Représenté par", string.IsNullOrWhiteSpace(m.School.HeadName) ? "Le chef d’établissement" : $"{m.School.HeadName.Trim()}, chef d’établissement"),
            ("Courriel et téléphone", Contact(m.School.HeadEmail ?? m.School.Email, m.School.HeadPhone ?? m.School.Phone)),
        ], labelWidth: PartyLabelWidth);

        doc.Heading("La structure d’accueil", level: 3);
        doc.KeyValues(
        [
            ("Raison sociale", $"{m.Host.Name} ({m.Host.Kind.Label().ToLower(ParisTime.French)})"),
            ("SIRET", m.Host.Siret),
            ("Adresse du siège", m.Host.Address.ToString()),
            ("Représentée par", Representative(m)),
            ("Courriel et téléphone", Contact(m.Host.Email, m.Host.Phone)),
        ], labelWidth: PartyLabelWidth);

        doc.Heading("L’élève", level: 3);
        doc.KeyValues(StudentPairs(m), labelWidth: PartyLabelWidth);

        doc.Heading("Ses responsables légaux", level: 3);
        GuardianTable(doc, m);
    }

    private static void Articles(PdfDocumentBuilder doc, AgreementPrintModel m)
    {
        doc.Heading("Il a été convenu ce qui suit", level: 2);

        Article(doc, 0,
            "La présente convention règle les rapports entre le lycée, la structure d’accueil, l’élève et ses responsables légaux "
            + "pour l’organisation d’une séquence d’observation en milieu professionnel, en application des articles D.\u00A0331-1 "
            + "à D.\u00A0331-9 du code de l’éducation. La séquence fait découvrir à l’élève le monde économique et professionnel ; "
            + "elle l’aide à construire son projet d’orientation et à développer ses compétences.");

        Article(doc, 1,
            "L’annexe pédagogique précise les personnes chargées du suivi de l’élève, les dates, le lieu et les horaires de la "
            + "séquence, les activités prévues, les compétences visées et les modalités d’évaluation. L’annexe financière précise "
            + "la prise en charge des frais d’hébergement, de restauration, de transport et d’assurance. Ces deux annexes font "
            + "partie intégrante de la présente convention.");

        Article(doc, 2,
            "L’organisation de la séquence d’observation est déterminée d’un commun accord par le chef d’établissement et le "
            + "représentant de la structure d’accueil. Le tuteur désigné par la structure d’accueil et le professeur référent "
            + "désigné par le lycée assurent ensemble le suivi de l’élève ; ils se tiennent mutuellement informés de son déroulement "
            + "et se concertent en cas de difficulté.");

        Article(doc, 3,
            "Pendant toute la durée de la séquence, l’élève demeure sous statut scolaire. Il reste placé sous l’autorité et la "
            + "responsabilité du chef d’établissement. Il ne peut prétendre à aucune rémunération ni gratification de la part de la "
            + "structure d’accueil.");

        Article(doc, 4,
            "L’élève observe le fonctionnement de la structure et les activités de ses professionnels ; il ne concourt pas à la "
            + "production et n’exécute aucun travail. Il ne peut accéder aux machines, appareils ou produits dont l’usage est proscrit "
            + "aux mineurs par les articles D.\u00A04153-15 à D.\u00A04153-37 du code du travail. Il ne peut ni procéder à des "
            + "manœuvres ou manipulations sur d’autres machines, produits ou appareils de production, ni effectuer les travaux "
            + "légers autorisés aux mineurs par ce même code. Ses horaires sont ceux de l’annexe pédagogique.");

        var insurer = HostInsurance(m.Host);
        Article(doc, 5,
            "La structure d’accueil garantit sa responsabilité civile chaque fois qu’elle est engagée, en souscrivant une assurance "
            + "ou en complétant celle dont elle dispose" + (insurer is null ? "" : $" ({insurer})") + ". "
            + "Le lycée garantit la responsabilité civile de l’élève pour les dommages qu’il pourrait causer pendant la séquence, "
            + "dans la structure d’accueil comme au cours des trajets. "
            + "La famille veille à ce que l’élève soit couvert par une assurance de responsabilité civile et d’individuelle accident.");

        Article(doc, 6,
            "En cas d’accident survenant à l’élève pendant la séquence, dans la structure d’accueil ou au cours des trajets, le "
            + "représentant de la structure d’accueil ou le tuteur prévient immédiatement le chef d’établissement. Il lui adresse "
            + "la déclaration d’accident, avec tous les éléments utiles, le jour même où l’accident s’est produit.");

        Article(doc, 7,
            "Toute absence ou tout retard de l’élève est signalé immédiatement au lycée par le tuteur ou le représentant de la "
            + "structure d’accueil. Le lycée en informe sans délai le ou les responsables légaux. La famille prévient de même le "
            + "lycée et la structure d’accueil de toute absence prévisible.");
        if (m.TutorLinkUrl is { } url)
            ReportBlock(doc, m, url);

        Article(doc, 8,
            "La séquence d’observation dure deux semaines consécutives dans une même structure d’accueil, ou une semaine dans chacune "
            + "de deux structures d’accueil différentes ; une convention est alors signée avec chacune d’elles. La présente convention "
            + $"couvre {Coverage(m.Period)} : {Dates(m)}.");
    }

    /// <summary>« Signaler une absence »: the tutor's link, as a short address and a QR code.</summary>
    private static void ReportBlock(PdfDocumentBuilder doc, AgreementPrintModel m, string url)
    {
        var phone = string.IsNullOrWhiteSpace(m.School.Phone) ? "" : $" au {Phone(m.School.Phone)}";
        doc.QrCodeWithText(TutorLinks.QrCodes.Modules(url), QrCodeSizeMm,
            TextRun.Strong("Signaler une absence\n"),
            "Le tuteur signale une absence, un retard, une maladie ou un accident de l’élève, sans compte, à cette adresse "
            + "ou en scannant le code :\n",
            TextRun.Strong(url),
            $"\nEn cas d’accident, appeler aussi le lycée immédiatement{phone}.");
    }

    private static void TeachingAnnex(PdfDocumentBuilder doc, AgreementPrintModel m)
    {
        doc.Heading("Annexe pédagogique");
        doc.Paragraph(TextRun.Strong(Reference(m.Id)), $" – {m.Student.FullName}, {m.Student.ClassCode} – {m.Host.Name}");

        doc.Heading("L’élève et ses responsables légaux", level: 2);
        doc.KeyValues([("Élève", $"{m.Student.FullName}, classe {m.Student.ClassCode}, date de naissance : {m.Student.BirthDate.FormatFrench()}")],
            labelWidth: AnnexLabelWidth);
        GuardianTable(doc, m);

        doc.Heading("Le tuteur", level: 2);
        doc.KeyValues(
        [
            ("Nom et fonction", string.IsNullOrWhiteSpace(m.Tutor.Function) ? m.Tutor.FullName : $"{m.Tutor.FullName}, {m.Tutor.Function}"),
            ("Courriel", Or(m.Tutor.Email)),
            ("Téléphone", Phone(m.Tutor.Phone)),
        ], labelWidth: AnnexLabelWidth);

        doc.Heading("Le professeur référent", level: 2);
        doc.Paragraph("Il suit l’élève pendant la séquence et doit être joignable pendant toute sa durée.");
        if (m.ReferentTeacher is { } referent)
        {
            doc.KeyValues(
            [
                ("Nom", referent.FullName),
                ("Courriel", Or(referent.Email)),
                ("Téléphone", Phone(referent.Phone)),
            ], labelWidth: AnnexLabelWidth);
        }
        else
        {
            doc.KeyValues([("Nom", "Non encore désigné"), ("Courriel", NotProvided), ("Téléphone", NotProvided)], labelWidth: AnnexLabelWidth);
        }

        doc.Heading("Dates et lieu", level: 2);
        doc.KeyValues(
        [
            ("Période", $"{m.Period.Label()} : {Dates(m)}"),
            ("Lieu de la séquence", $"{m.Host.Name}, {m.Place}"),
        ], labelWidth: AnnexLabelWidth);

        doc.Heading("Horaires de présence", level: 2);
        doc.Table(ScheduleColumns, ScheduleRows(m.Schedule), keepTogether: true);
        doc.Paragraph(TextRun.Emphasis(ScheduleScope(m)));

        doc.Heading("Activités prévues", level: 2);
        doc.Paragraph(string.IsNullOrWhiteSpace(m.PlannedActivities) ? "Non renseignées." : m.PlannedActivities.Trim());

        doc.Heading("Compétences visées", level: 2);
        doc.Paragraph([.. SkillRuns(m.TargetSkills)]);

        doc.Heading("Évaluation", level: 2);
        doc.Paragraph("La séquence est préparée en classe avant son début ; elle est exploitée après son terme, notamment lors d’une mise en commun collective en classe au début de la première.");
        doc.KeyValues([("Modalités prévues", string.IsNullOrWhiteSpace(m.EvaluationModality) ? "À préciser par l’équipe pédagogique." : m.EvaluationModality.Trim())],
            labelWidth: AnnexLabelWidth);

        doc.Heading("Santé", level: 2);
        var health = new List<(string, string)> { ("Projet d’accueil individualisé (PAI)", m.HasPai ? "Oui" : "Non") };
        if (m.HasPai)
            health.Add(("Trousse d’urgence fournie par", string.IsNullOrWhiteSpace(m.EmergencyKitSuppliedBy) ? "Non précisé" : m.EmergencyKitSuppliedBy));
        doc.KeyValues(health, labelWidth: AnnexLabelWidth);

        if (!string.IsNullOrWhiteSpace(m.Remarks))
        {
            doc.Heading("Observations", level: 2);
            doc.Paragraph(m.Remarks.Trim());
        }
    }

    private static void FinancialAnnex(PdfDocumentBuilder doc, AgreementPrintModel m)
    {
        doc.Heading("Annexe financière");
        doc.Paragraph("L’accueil de l’élève ne donne lieu à aucune rémunération ni gratification (article 4).", keepWithNext: true);
        var insurer = HostInsurance(m.Host);
        doc.Table(FinanceColumns,
        [
            ["Hébergement", "Sans objet : l’élève n’est pas hébergé par la structure d’accueil."],
            ["Restauration", "À la charge de la famille, selon les modalités habituelles."],
            ["Transport", "À la charge de la famille, selon les modalités habituelles."],
            ["Assurance",
                "Structure d’accueil : responsabilité civile" + (insurer is null ? ", assureur à préciser par la structure." : $", {insurer}.")
                + "\nÉlève : responsabilité civile garantie par le lycée pendant la séquence (article 6) ; assurance de la famille."],
        ], keepTogether: true);
    }

    private static void Signatures(PdfDocumentBuilder doc, AgreementPrintModel m)
    {
        doc.Heading("Signatures des parties");
        doc.Paragraph("Les soussignés déclarent avoir pris connaissance de la présente convention et de ses annexes pédagogique "
            + "et financière, et en accepter les termes.", keepWithNext: true);

        var boxes = new List<SignatureBox>
        {
            new("Le chef d’établissement", Recorded(m, SignatureParty.SchoolHead, null),
                [string.IsNullOrWhiteSpace(m.School.HeadName) ? "Nom\u00A0:" : m.School.HeadName.Trim(), "Date\u00A0:", "Signature et cachet\u00A0:"]),
            new("Pour la structure d’accueil", Recorded(m, SignatureParty.HostRepresentative, null),
                [Representative(m), "Date\u00A0:", "Signature et cachet\u00A0:"]),
            new("L’élève", Recorded(m, SignatureParty.Student, null), [m.Student.FullName, "Date\u00A0:", "Signature\u00A0:"]),
        };
        if (m.Guardians.Count == 0)
        {
            boxes.Add(new SignatureBox("Le ou les responsables légaux", null, ["Nom\u00A0:", "Date\u00A0:", "Signature\u00A0:"]));
        }
        else
        {
            boxes.AddRange(m.Guardians.Select(g => new SignatureBox("Le responsable légal", Recorded(m, SignatureParty.Guardian, g.Id),
                [$"{g.FullName} ({g.Relationship.Label().ToLower(ParisTime.French)})", "Date\u00A0:", "Signature\u00A0:"])));
        }

        doc.SignatureBoxes(boxes, perRow: 2, heightMm: 40, keepTogether: true);
    }

    private static void Article(PdfDocumentBuilder doc, int index, string text)
    {
        doc.Heading(ArticleTitles[index], level: 3);
        doc.Paragraph(text);
    }

    private static IEnumerable<(string, string)> StudentPairs(AgreementPrintModel m) =>
    [
        ("Nom et prénom", $"{m.Student.FullName}, classe {m.Student.ClassCode}"),
        ("Date de naissance", m.Student.BirthDate.FormatFrench()),
        ("Adresse", m.Student.Address?.ToString() ?? NotProvided),
    ];

    private static string Contact(string? email, string? phone) =>
        string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(phone) ? NotProvided
        : string.IsNullOrWhiteSpace(phone) ? email!.Trim()
        : string.IsNullOrWhiteSpace(email) ? Phone(phone)
        : $"{email.Trim()} – {Phone(phone)}";

    private static void GuardianTable(PdfDocumentBuilder doc, AgreementPrintModel m)
    {
        IEnumerable<IReadOnlyList<string>> rows = m.Guardians.Count == 0
            ? [["Aucun responsable légal enregistré", "", "", ""]]
            : m.Guardians.Select(g => (IReadOnlyList<string>)
            [
                g.FullName,
                g.Relationship.Label(),
                Or(g.Email),
                string.Join('\n', new[] { g.MobilePhone, g.HomePhone }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(Phone).DefaultIfEmpty(NotProvided)),
            ]);
        doc.Table(GuardianColumns, rows, keepTogether: true);
    }

    private static IEnumerable<IReadOnlyList<string>> ScheduleRows(IReadOnlyList<DaySchedule> schedule)
    {
        foreach (var day in schedule)
        {
            var name = Capitalised(FrenchTime.DayName(day.Day));
            if (day.IsDayOff)
            {
                yield return [name, "Repos", "—", "—", "—"];
                continue;
            }

            yield return
            [
                name,
                Time(day.Start),
                Time(day.End),
                day.HasBreak ? string.Join("\n", day.Breaks) : "Aucune",
                FrenchTime.Duration(day.Presence),
            ];
        }

        var total = schedule.Aggregate(TimeSpan.Zero, (sum, day) => sum + day.Presence);
        yield return ["Total hebdomadaire", "", "", "", FrenchTime.Duration(total)];
    }

    private static IEnumerable<TextRun> SkillRuns(TargetSkills skills)
    {
        for (var i = 0; i < Skills.Length; i++)
        {
            var (skill, description) = Skills[i];
            var chosen = skills.HasFlag(skill);
            yield return new TextRun((i > 0 ? "\n" : "") + (chosen ? "☒ " : "☐ "));
            yield return new TextRun(skill.Label(), Bold: chosen);
            yield return new TextRun($" : {description}.");
        }
    }

    private static string? Recorded(AgreementPrintModel m, SignatureParty party, int? guardianId)
    {
        var signature = m.Signatures.FirstOrDefault(s => s.Party == party && s.GuardianId == guardianId);
        if (signature is null) return null;
        return signature.Mode == SignatureMode.Electronic
            ? $"Signé électroniquement le {signature.SignedOn.FormatFrench()}"
            : $"Signé sur papier le {signature.SignedOn.FormatFrench()}";
    }

    private static string Representative(AgreementPrintModel m) =>
        string.IsNullOrWhiteSpace(m.RepresentativeFunction)
            ? Or(m.RepresentativeName)
            : $"{Or(m.RepresentativeName)}, {m.RepresentativeFunction}";

    private static string? HostInsurance(PrintedHost host)
    {
        if (string.IsNullOrWhiteSpace(host.Insurer)) return null;
        return string.IsNullOrWhiteSpace(host.InsurancePolicyNumber)
            ? $"assureur : {host.Insurer}"
            : $"assureur : {host.Insurer}, contrat{Nbsp}n°{Nbsp}{host.InsurancePolicyNumber}";
    }

    private static string Coverage(PeriodOption period) => period switch
    {
        PeriodOption.Week1 => "la première semaine de la séquence",
        PeriodOption.Week2 => "la seconde semaine de la séquence",
        _ => "les deux semaines de la séquence",
    };

    /// <summary>
    /// Which days the weekly timetable applies to, true of the printed dates (ADR 0016): the convention runs Monday to
    /// Friday, so a Saturday is worked only when one falls between its first and last day — the one between the two weeks
    /// of a two-week convention, never the one after its last day.
    /// </summary>
    internal static string ScheduleScope(AgreementPrintModel m)
    {
        var weeks = m.Period == PeriodOption.BothWeeks
            ? "Ces horaires valent pour chacune des deux semaines de la convention"
            : $"Ces horaires valent pour la semaine de la convention, {Dates(m)}";
        var saturdayWorked = m.Schedule.Any(d => d.Day == DayOfWeek.Saturday && !d.IsDayOff);
        if (!saturdayWorked) return $"{weeks} ; le samedi et le dimanche sont des jours de repos.";

        var saturdays = ScheduleRules.DatesOf(DayOfWeek.Saturday, m.FirstDay, m.LastDay);
        if (saturdays.Count == 0)
            return $"{weeks}. Aucun samedi n’est compris dans ces dates : l’élève ne peut pas être accueilli le samedi, la convention ne le couvre pas. Le dimanche est un jour de repos.";
        var worked = string.Join(" et ", saturdays.Select(LongDate));
        return $"{weeks}, à une exception près : le seul samedi travaillé est le {worked}, la convention prenant fin le {LongDate(m.LastDay)}. Le dimanche est un jour de repos.";
    }

    /// <summary>« du lundi 14 juin 2027 au vendredi 25 juin 2027 ».</summary>
    private static string Dates(AgreementPrintModel m) => $"du {LongDate(m.FirstDay)} au {LongDate(m.LastDay)}";

    private static string LongDate(DateOnly date)
    {
        var day = date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
        // No line break inside « 14 juin 2027 ».
        return $"{date.ToString("dddd", ParisTime.French)} {day}{Nbsp}{date.ToString("MMMM", ParisTime.French)}{Nbsp}{date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    private static string Time(TimeOnly? time) => time is { } t ? FrenchTime.TimeOfDay(t) : "—";

    /// <summary>A phone number as « 06 12 34 56 78 », kept on one line.</summary>
    private static string Phone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? NotProvided : FrenchIdentifiers.FormatPhone(phone).Replace(" ", Nbsp, StringComparison.Ordinal);

    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? NotProvided : value.Trim();

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], ParisTime.French) + text[1..];

    private static string Ascii(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is 'œ' or 'Œ') builder.Append(c == 'œ' ? "oe" : "OE");
            else if (c is 'æ' or 'Æ') builder.Append(c == 'æ' ? "ae" : "AE");
            else if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }

        var result = builder.ToString().Trim('-');
        return result.Length == 0 ? "x" : result;
    }
}
