using StageSeconde.Web.Infrastructure.Pdf;

namespace StageSeconde.UnitTests.Infrastructure.Pdf;

/// <summary>Realistic documents built with the composition layer (no business code: a liaison sheet, a long list).</summary>
internal static class SampleDocuments
{
    public const string SchoolName = "Lycée Jean-Baptiste-Corot – Savigny-sur-Orge";
    public const string Uai = "0910625K";
    public static readonly DateOnly GeneratedOn = new(2026, 5, 18);

    public static DocumentIdentity Identity(string reference = "DEMO-2026-0042", string? title = "Fiche de liaison – séquence d’observation") =>
        new(SchoolName, Uai, reference, GeneratedOn, title);

    public static readonly TableColumn[] ScheduleColumns =
    [
        new("Jour", 0.16), new("Horaires", 0.2), new("Pause méridienne", 0.2), new("Activités prévues", 0.44),
    ];

    public static PdfDocumentBuilder LiaisonSheet(DocumentIdentity? identity = null)
    {
        var doc = new PdfDocumentBuilder(identity ?? Identity());
        doc.Heading("Fiche de liaison de la séquence d’observation en milieu professionnel");
        doc.Paragraph(
            "La séquence d’observation de Léa se déroule du ",
            TextRun.Strong("lundi 15 juin"),
            " au ",
            TextRun.Strong("vendredi 26 juin 2026"),
            ". L’élève conserve son statut scolaire pendant toute la durée de la séquence ; elle n’est pas rémunérée et "
            + "n’effectue aucun travail de production. Le tuteur veille à sa sécurité et contrôle le respect des horaires. "
            + "Toute absence est signalée sans délai au lycée.");

        doc.Heading("L’élève", level: 2);
        doc.KeyValues(
            ("Nom et prénom", "FRANÇAIS-DUPRÉ Léa"),
            ("Classe", "2nde 4"),
            ("Née le", "03/09/2010"),
            ("Adresse", "12 bis, rue de l’Église – Bâtiment C, escalier 2, appartement 41, 91600 Savigny-sur-Orge"));

        doc.Heading("La structure d’accueil", level: 2);
        doc.KeyValues(
            ("Raison sociale", "Boulangerie « Au cœur du blé »"),
            ("SIRET", "812 345 678 00019"),
            ("Tuteur", "M. Noël Lefèvre, maître boulanger – 06 12 34 56 78"),
            ("Lieu", "3, place de la Mairie, 91600 Savigny-sur-Orge"));

        doc.Heading("Emploi du temps", level: 2);
        doc.Table(ScheduleColumns,
        [
            ["Lundi", "8 h 30 – 16 h 30", "12 h – 13 h", "Accueil, présentation de l’équipe et des règles d’hygiène."],
            ["Mardi", "8 h 30 – 16 h 30", "12 h – 13 h", "Observation du fournil : pétrissage, façonnage, cuisson."],
            ["Mercredi", "8 h 30 – 12 h 30", "—", "Observation de la vente et de l’accueil de la clientèle."],
            ["Jeudi", "8 h 30 – 16 h 30", "12 h – 13 h", "Approvisionnement, gestion des stocks, échange avec le fournisseur de farine."],
            ["Vendredi", "8 h 30 – 16 h 30", "12 h – 13 h", "Préparation du compte rendu ; entretien avec le tuteur."],
            ["Samedi", "Repos", "—", "—"],
        ]);

        doc.Heading("Signatures", level: 2);
        doc.SignatureBoxes(
        [
            new SignatureBox("Le chef d’établissement", "Signé électroniquement le 12/05/2026"),
            new SignatureBox("Le représentant de la structure d’accueil"),
            new SignatureBox("L’élève"),
            new SignatureBox("Le ou les représentants légaux", "Signé sur papier le 14/05/2026"),
        ]);
        return doc;
    }

    /// <summary>A paragraph of more than 1 500 characters, a 60-row table whose rows wrap on several lines, signatures.</summary>
    public static PdfDocumentBuilder LongList(DocumentIdentity? identity = null)
    {
        var doc = new PdfDocumentBuilder(identity ?? Identity("LISTE-2026-0007", "Liste des élèves et de leurs structures d’accueil"));
        doc.Heading("Liste des élèves de seconde et de leurs structures d’accueil");
        doc.Paragraph(LongParagraph);
        doc.Heading("Affectations", level: 2);
        doc.Table(ListColumns, Enumerable.Range(1, 60).Select(ListRow));
        doc.Heading("Visa", level: 2);
        doc.SignatureBoxes([new SignatureBox("Le proviseur adjoint", "Visé le 18/05/2026")], perRow: 2);
        return doc;
    }

    public static readonly TableColumn[] ListColumns =
    [
        new("N°", 0.08), new("Élève", 0.24), new("Structure d’accueil", 0.3), new("Observations", 0.38),
    ];

    public static string RowMarker(int n) => $"R{n:00}";

    public static string RowEndMarker(int n) => $"fin{n:00}";

    /// <summary>Rows of 2 to 4 lines; the first cell holds R01…R60, the last line of the last cell ends with fin01…fin60.</summary>
    public static IReadOnlyList<string> ListRow(int n) =>
    [
        RowMarker(n),
        $"ÉLÈVE-{n:00} Chloé\n2nde {n % 8 + 1}",
        n % 3 == 0 ? $"Mairie de Savigny – service « Espaces verts »\nPôle technique n° {n}" : $"Pharmacie du Marché n° {n}",
        string.Join(' ', Enumerable.Repeat("Observation et échanges avec l’équipe ;", n % 4 + 1)) + $" {RowEndMarker(n)}",
    ];

    public static readonly string LongParagraph = string.Join(' ', Enumerable.Repeat(
        "Chaque élève de seconde générale et technologique effectue une séquence d’observation en milieu professionnel "
        + "de deux semaines, à la fin de l’année scolaire. Elle lui permet de découvrir le monde économique et professionnel, "
        + "de réfléchir à son projet d’orientation et de développer des compétences transversales : observer, communiquer, "
        + "comprendre et s’impliquer. Le tuteur veille à ce que l’élève n’utilise ni machine ni produit interdits aux mineurs.",
        4));
}
