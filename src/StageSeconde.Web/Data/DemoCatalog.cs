using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Data;

/// <summary>
/// The raw material of the demonstration lycée (<see cref="DemoData"/>): names, towns, streets, host organisations and staff.
/// Everything here is fictitious; e-mail addresses use the reserved example domains so that no real mailbox can receive them.
/// </summary>
internal static class DemoCatalog
{
    /// <summary>First and last names that go together, with the share of students they account for.</summary>
    internal sealed record NameGroup(int Weight, string[] Girls, string[] Boys, string[] LastNames, string[] Women, string[] Men);

    internal static readonly NameGroup[] NameGroups =
    [
        new(44,
            Girls: ["Emma", "Léa", "Chloé", "Manon", "Camille", "Louise", "Zoé", "Jade", "Clara", "Lilou", "Maëlys", "Anaïs", "Océane", "Romane",
                "Juliette", "Ambre", "Margaux", "Agathe", "Capucine", "Héloïse", "Élise", "Éléa", "Noémie", "Lou", "Axelle", "Marie-Lou",
                "Anne-Sophie", "Léna", "Lisa", "Eva", "Célia", "Morgane", "Mathilde", "Apolline", "Clémence"],
            Boys: ["Lucas", "Hugo", "Louis", "Gabriel", "Nathan", "Enzo", "Mathis", "Théo", "Tom", "Maxime", "Baptiste", "Jean-Baptiste",
                "Pierre-Louis", "Noé", "Timéo", "Loïc", "Kylian", "Ethan", "Sacha", "Axel", "Evan", "Raphaël", "Clément", "Étienne", "Arthur",
                "Jules", "Victor", "Alexandre", "Valentin", "Dorian", "Lenny", "Killian", "Matthieu", "Gaël", "Jérémy"],
            LastNames: ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
                "Lefèvre", "Michel", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Mercier", "Dupont", "Bonnet", "François", "Legrand",
                "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Perrin", "Morin", "Mathieu", "Gauthier", "Dumont",
                "Chevalier", "Robin", "Masson", "Gérard", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Roche", "Noël", "Meyer", "Meunier",
                "Dufour", "Blanchard", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Renard", "Arnaud", "Caron",
                "Aubert", "Giraud", "Leclerc", "Bourgeois", "Renaud", "Picard", "Lacroix", "Dupuis", "Olivier", "Hubert", "Rivière", "Le Gall",
                "Le Goff", "Guillaume", "Moulin", "Prévost", "Lévêque", "Ménard", "Béranger", "Dupré", "Saint-Martin", "Delacroix", "Texier"],
            Women: ["Nathalie", "Sandrine", "Stéphanie", "Céline", "Virginie", "Karine", "Sophie", "Émilie", "Aurélie", "Julie", "Caroline",
                "Valérie", "Isabelle", "Audrey", "Élodie", "Laetitia", "Delphine", "Hélène", "Anne-Laure", "Marie-Claire"],
            Men: ["Stéphane", "Sébastien", "Christophe", "Nicolas", "Frédéric", "David", "Laurent", "Olivier", "Jérôme", "Cédric", "Fabrice",
                "Grégory", "Franck", "Thierry", "Julien", "Arnaud", "Jean-François", "Pierre-Yves", "Mickaël", "Ludovic"]),
        new(18,
            Girls: ["Inès", "Yasmine", "Lina", "Sarah", "Nour", "Salma", "Rania", "Assia", "Kenza", "Imane", "Maïssa", "Dounia", "Wassila",
                "Naïla", "Sofia", "Meriem", "Hiba", "Ilham", "Amel", "Lyna"],
            Boys: ["Adam", "Rayan", "Yanis", "Mohamed", "Ilyes", "Amine", "Bilal", "Ismaël", "Youssef", "Hamza", "Sami", "Anis", "Walid",
                "Ayoub", "Nassim", "Zakaria", "Mehdi", "Ryad", "Younès", "Idris"],
            LastNames: ["Benali", "Benmoussa", "Bouzid", "Haddad", "Mansouri", "Cherif", "Meziane", "Belkacem", "Ouali", "Amrani", "El Idrissi",
                "Aït-Ahmed", "Hamidi", "Saïdi", "Boukhris", "Benaïssa", "Hadj-Ali", "Zerrouki", "Brahimi", "Tahri", "Larbi", "Chaouch"],
            Women: ["Fatima", "Samira", "Nadia", "Karima", "Malika", "Leïla", "Souad", "Naïma", "Rachida", "Nora", "Houria", "Zohra"],
            Men: ["Karim", "Mourad", "Rachid", "Farid", "Kamel", "Nordine", "Mustapha", "Abdelkader", "Hakim", "Saïd", "Djamel", "Lotfi"]),
        new(14,
            Girls: ["Aminata", "Fatoumata", "Mariam", "Awa", "Binta", "Kadiatou", "Hawa", "Djeneba", "Ornella", "Grâce", "Précieuse", "Ketsia",
                "Aïcha", "Maïmouna", "Rokia", "Dorcas"],
            Boys: ["Moussa", "Mamadou", "Ibrahima", "Sékou", "Oumar", "Christ", "Exaucé", "Wilfried", "Samuel", "Elijah", "Ibrahim", "Boubacar",
                "Lassana", "Prince", "Yohann", "Josué"],
            LastNames: ["Diallo", "Traoré", "Diop", "N'Diaye", "Sow", "Camara", "Keïta", "Coulibaly", "Konaté", "Sissoko", "Touré", "Cissé",
                "Kanté", "Fofana", "Doumbia", "Bamba", "N'Guessan", "Kouassi", "Kouamé", "Yao", "Mbemba", "Mukendi", "Kabongo", "Sylla",
                "M'Bappé", "N'Dour", "Ba", "Tchamba"],
            Women: ["Aminata", "Fatoumata", "Mariam", "Kadiatou", "Awa", "Aïssatou", "Fanta", "Ramatoulaye", "Bintou", "Chantal", "Solange",
                "Clarisse"],
            Men: ["Mamadou", "Moussa", "Ibrahim", "Abdoulaye", "Seydou", "Boubacar", "Souleymane", "Modibo", "Jean-Claude", "Serge", "Patrice",
                "Didier"]),
        new(9,
            Girls: ["Beatriz", "Inês", "Ana", "Sofia", "Carla", "Lara", "Mariana", "Alicia", "Giulia", "Chiara", "Lúcia", "Elena"],
            Boys: ["Diego", "Rafael", "Tiago", "João", "Lucas", "Enzo", "Gonçalo", "Mateo", "Lorenzo", "Hugo", "Miguel", "Nuno"],
            LastNames: ["Da Silva", "Dos Santos", "Ferreira", "Pereira", "Rodrigues", "Carvalho", "Gonçalves", "Fernandes", "Martins", "Oliveira",
                "Garcia", "Martinez", "Lopez", "Sanchez", "Fernandez", "Pérez", "Rossi", "Esposito", "Russo", "D'Almeida", "Teixeira", "Lourenço"],
            Women: ["Maria", "Ana", "Sandra", "Paula", "Cristina", "Fernanda", "Isabel", "Carmen", "Francesca", "Sílvia"],
            Men: ["José", "Manuel", "Carlos", "Paulo", "António", "Joaquim", "Fernando", "Luis", "Marco", "Rui"]),
        new(6,
            Girls: ["Océane", "Kelly", "Shaïna", "Séréna", "Maëva", "Laura", "Noémie", "Anaïs", "Morgane", "Cassandra"],
            Boys: ["Steven", "Jordan", "Dylan", "Kévin", "Anthony", "Loïc", "Mickaël", "Yohan", "Teddy", "Ludovic"],
            LastNames: ["Hoarau", "Payet", "Grondin", "Técher", "Fontaine", "Rivière", "Jean-Louis", "Saint-Louis", "Zamor", "Pierre-Louis",
                "Jean-Baptiste", "Bellance", "Théodose", "Sainte-Rose", "Nativel", "Boyer", "Hoareau", "Maillot"],
            Women: ["Marie-Josée", "Josiane", "Nadège", "Sabrina", "Christelle", "Murielle", "Marie-Line", "Patricia"],
            Men: ["Jean-Marc", "Jean-Hugues", "Eddy", "Fred", "Willy", "Harry", "Gilles", "Jean-Michel"]),
        new(5,
            Girls: ["Linh", "Mai", "Chloé", "Emma", "Lin", "Mei", "Julie", "Anh", "Yuna", "Sophie"],
            Boys: ["Minh", "Duc", "Kevin", "Thomas", "Wei", "Jun", "Alexandre", "Bao", "Nicolas", "Ethan"],
            LastNames: ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Chen", "Wang", "Zhang", "Li", "Huang", "Lin", "Vong", "Sok", "Phan", "Truong"],
            Women: ["Thi Lan", "Mai", "Hoa", "Li Na", "Mei", "Thu", "Ngoc", "Xiu"],
            Men: ["Van Duc", "Minh", "Thanh", "Wei", "Jun", "Hung", "Quang", "Ming"]),
        new(4,
            Girls: ["Elif", "Zeynep", "Ecrin", "Ioana", "Maria", "Zofia", "Elena", "Defne"],
            Boys: ["Emre", "Mehmet", "Yusuf", "Eren", "Andrei", "Luca", "Jakub", "Mathias"],
            LastNames: ["Kaya", "Yilmaz", "Demir", "Çelik", "Öztürk", "Arslan", "Nowak", "Kowalski", "Popescu", "Ionescu", "Dumitru", "Lewandowski"],
            Women: ["Fatma", "Emine", "Agnieszka", "Ioana", "Elena", "Magdalena", "Ayten", "Daniela"],
            Men: ["Ahmet", "Mustafa", "Piotr", "Andrei", "Marek", "Hasan", "Ion", "Tomasz"]),
    ];

    /// <summary>Val-de-Marne towns near the lycée (Ivry-sur-Seine), with their postal codes and how many students live there.</summary>
    internal static readonly (string City, string PostalCode, int Weight)[] Towns =
    [
        ("Ivry-sur-Seine", "94200", 30), ("Vitry-sur-Seine", "94400", 22), ("Villejuif", "94800", 10), ("Choisy-le-Roi", "94600", 8),
        ("Alfortville", "94140", 8), ("Le Kremlin-Bicêtre", "94270", 6), ("Gentilly", "94250", 4), ("Charenton-le-Pont", "94220", 3),
        ("Maisons-Alfort", "94700", 3), ("Thiais", "94320", 2), ("Orly", "94310", 2), ("Arcueil", "94110", 2), ("Créteil", "94000", 1),
        ("Cachan", "94230", 1), ("L'Haÿ-les-Roses", "94240", 1), ("Chevilly-Larue", "94550", 1), ("Vincennes", "94300", 0),
        ("Rungis", "94150", 0),
    ];

    internal static readonly string[] Streets =
    [
        "rue Jean-Jaurès", "avenue de la République", "rue Gabriel-Péri", "boulevard Paul-Vaillant-Couturier", "rue Danton", "allée des Tilleuls",
        "rue Marat", "avenue Maurice-Thorez", "rue Voltaire", "rue Victor-Hugo", "rue Pierre-et-Marie-Curie", "avenue Georges-Gosnat",
        "rue Robespierre", "rue Jules-Vallès", "rue Raspail", "avenue Danielle-Casanova", "rue Paul-Bert", "rue Édouard-Vaillant",
        "avenue Henri-Barbusse", "rue de la Paix", "rue Émile-Zola", "rue du 8-Mai-1945", "rue Louise-Michel", "avenue Rouget-de-Lisle",
        "rue Olympe-de-Gouges", "chemin des Carrières", "quai Jules-Guesde", "place de l'Église", "rue de Verdun", "rue d'Estienne-d'Orves",
        "square Jean-Moulin", "rue Ambroise-Croizat", "avenue du Général-Leclerc", "rue Lucie-Aubrac", "rue des Écoles", "impasse des Lilas",
        "rue de l'Égalité", "allée Simone-de-Beauvoir", "rue Anatole-France", "boulevard de Stalingrad",
    ];

    /// <summary>A host organisation: what it is, where, who signs for it and what its tutors do.</summary>
    internal sealed record HostSeed(string Name, HostKind Kind, string City, string RepresentativeFunction, string[] TutorFunctions, bool WithoutInsurer = false);

    internal static readonly HostSeed[] Hosts =
    [
        new("Boulangerie Au Pain d'Antan", HostKind.Company, "Ivry-sur-Seine", "Gérant", ["Boulanger", "Pâtissière"]),
        new("Boulangerie-pâtisserie Moreau et Fils", HostKind.Company, "Vitry-sur-Seine", "Gérant", ["Boulanger"]),
        new("Pharmacie du Marché", HostKind.Company, "Ivry-sur-Seine", "Pharmacienne titulaire", ["Pharmacienne adjointe", "Préparateur en pharmacie"]),
        new("Pharmacie de la Mairie", HostKind.Company, "Villejuif", "Pharmacien titulaire", ["Préparatrice en pharmacie"]),
        new("Garage Da Silva Automobiles", HostKind.Company, "Vitry-sur-Seine", "Gérant", ["Mécanicien automobile"]),
        new("Carrosserie des Bords de Seine", HostKind.Company, "Alfortville", "Gérante", ["Carrossier-peintre"], WithoutInsurer: true),
        new("Atelier Lumen Architecture", HostKind.Company, "Ivry-sur-Seine", "Architecte associée", ["Architecte", "Dessinateur-projeteur"]),
        new("Cabinet d'architectes Nguyen & Roche", HostKind.Company, "Charenton-le-Pont", "Architecte gérant", ["Architecte d'intérieur"]),
        new("Clinique vétérinaire des Lilas", HostKind.Company, "Villejuif", "Vétérinaire associée", ["Auxiliaire spécialisée vétérinaire"]),
        new("Centre dentaire de la République", HostKind.Company, "Le Kremlin-Bicêtre", "Chirurgien-dentiste", ["Assistante dentaire"]),
        new("Salon de coiffure L'Atelier de Léa", HostKind.Company, "Choisy-le-Roi", "Gérante", ["Coiffeuse"], WithoutInsurer: true),
        new("Restaurant Le Petit Zinc", HostKind.Company, "Ivry-sur-Seine", "Gérant", ["Chef de cuisine", "Maître d'hôtel"]),
        new("Hôtel des Quais", HostKind.Company, "Charenton-le-Pont", "Directrice", ["Réceptionniste", "Gouvernante générale"]),
        new("Brasserie du Marché", HostKind.Company, "Vitry-sur-Seine", "Gérant", ["Chef de rang"]),
        new("Fleuriste Aux Quatre Saisons", HostKind.Company, "Gentilly", "Gérante", ["Fleuriste"]),
        new("Librairie Les Mots Passants", HostKind.Company, "Ivry-sur-Seine", "Gérante", ["Libraire"]),
        new("Supérette Marché Frais", HostKind.Company, "Vitry-sur-Seine", "Gérant", ["Responsable de rayon"], WithoutInsurer: true),
        new("Seine Immobilier", HostKind.Company, "Maisons-Alfort", "Directeur d'agence", ["Négociatrice immobilière"]),
        new("Cabinet Benmoussa Expertise comptable", HostKind.Company, "Créteil", "Expert-comptable", ["Collaboratrice comptable"]),
        new("Studio Pixel et Papier", HostKind.Company, "Ivry-sur-Seine", "Directrice artistique", ["Graphiste", "Motion designer"]),
        new("Numérik Solutions", HostKind.Company, "Villejuif", "Président", ["Développeuse web", "Technicien réseaux"]),
        new("Optique de la Place", HostKind.Company, "Choisy-le-Roi", "Opticien gérant", ["Opticienne-lunetière"]),
        new("Électricité générale Traoré", HostKind.Company, "Vitry-sur-Seine", "Gérant", ["Électricien"]),
        new("Lemoine Plomberie Chauffage", HostKind.Company, "Thiais", "Gérant", ["Plombier-chauffagiste"]),
        new("Imprimerie nouvelle d'Alfortville", HostKind.Company, "Alfortville", "Directeur", ["Conducteur offset", "Infographiste"]),
        new("Laboratoire d'analyses médicales Bio Bièvre", HostKind.Company, "Gentilly", "Biologiste responsable", ["Technicienne de laboratoire"]),
        new("Cabinet d'avocats Haddad & Associés", HostKind.Company, "Créteil", "Avocate associée", ["Avocat", "Assistante juridique"]),
        new("Agence de voyages Horizons Lointains", HostKind.Company, "Vincennes", "Gérante", ["Conseillère voyages"]),
        new("Bâtiments Ferreira", HostKind.Company, "Orly", "Président", ["Conducteur de travaux", "Chef de chantier"]),
        new("Transports Moulin", HostKind.Company, "Rungis", "Directeur général", ["Responsable d'exploitation"]),
        new("Auto-école de la Gare", HostKind.Company, "Villejuif", "Gérant", ["Enseignante de la conduite"]),
        new("Cabinet de kinésithérapie Bellevue", HostKind.Company, "Vitry-sur-Seine", "Masseur-kinésithérapeute", ["Masseuse-kinésithérapeute"]),
        new("Pâtisserie Les Délices de Choisy", HostKind.Company, "Choisy-le-Roi", "Gérante", ["Pâtissier"]),
        new("Boucherie-charcuterie Dupuis", HostKind.Company, "Ivry-sur-Seine", "Gérant", ["Boucher"]),
        new("Cycles Bicêtre", HostKind.Company, "Le Kremlin-Bicêtre", "Gérant", ["Mécanicien cycles"]),
        new("Agence Hexagone Communication", HostKind.Company, "Ivry-sur-Seine", "Directrice", ["Chargée de communication", "Community manager"]),
        new("Épicerie fine Kaya", HostKind.Company, "Arcueil", "Gérant", ["Vendeur"], WithoutInsurer: true),
        new("Cinéma Les Écrans de la Bièvre", HostKind.Company, "Gentilly", "Directeur", ["Projectionniste", "Chargée d'accueil"]),
        new("Entente sportive des Bords-de-Marne (handball)", HostKind.Association, "Alfortville", "Président", ["Éducateur sportif"]),
        new("Judo Club Villejuif Val-de-Bièvre", HostKind.Association, "Villejuif", "Présidente", ["Professeur de judo"]),
        new("Épicerie solidaire Le Panier Partagé", HostKind.Association, "Vitry-sur-Seine", "Présidente", ["Coordinatrice"]),
        new("Compagnie théâtrale Les Tréteaux de la Seine", HostKind.Association, "Ivry-sur-Seine", "Président", ["Comédienne et metteuse en scène", "Régisseur"]),
        new("Maison des jeunes et de la culture Louise-Michel", HostKind.Association, "Choisy-le-Roi", "Directeur", ["Animatrice jeunesse"]),
        new("Ressourcerie La Petite Boucle", HostKind.Association, "Ivry-sur-Seine", "Coprésidente", ["Valoriste"], WithoutInsurer: true),
        new("Centre social Les Portes du Midi", HostKind.Association, "Vitry-sur-Seine", "Directrice", ["Conseillère en économie sociale et familiale"]),
        new("Refuge animalier de la Bièvre", HostKind.Association, "Arcueil", "Président", ["Soigneuse animalière"]),
        new("Centre des finances publiques d'Ivry-sur-Seine", HostKind.Administration, "Ivry-sur-Seine", "Inspecteur divisionnaire", ["Contrôleuse des finances publiques"]),
        new("Préfecture du Val-de-Marne, service des titres", HostKind.Administration, "Créteil", "Secrétaire générale", ["Attachée d'administration"]),
        new("Tribunal judiciaire de Créteil, greffe", HostKind.Administration, "Créteil", "Directrice de greffe", ["Greffier"]),
        new("Commissariat de police de Vitry-sur-Seine", HostKind.Administration, "Vitry-sur-Seine", "Commissaire de police", ["Brigadière-cheffe"]),
        new("Centre hospitalier intercommunal Val-de-Bièvre", HostKind.PublicInstitution, "Villejuif", "Directrice des ressources humaines", ["Cadre de santé", "Infirmier"]),
        new("EHPAD public Les Glycines", HostKind.PublicInstitution, "Thiais", "Directeur", ["Aide-soignante"]),
        new("Centre communal d'action sociale de Choisy-le-Roi", HostKind.PublicInstitution, "Choisy-le-Roi", "Directrice", ["Assistante sociale"]),
        new("Office public de l'habitat d'Ivry", HostKind.PublicInstitution, "Ivry-sur-Seine", "Directeur général", ["Gardien d'immeuble", "Chargée de gestion locative"]),
        new("Agence France Travail de Vitry-sur-Seine", HostKind.PublicInstitution, "Vitry-sur-Seine", "Directrice d'agence", ["Conseiller emploi"]),
        new("IUT de Créteil-Vitry, département génie biologique", HostKind.PublicInstitution, "Vitry-sur-Seine", "Directeur", ["Technicienne de laboratoire"]),
        new("Mairie d'Ivry-sur-Seine, service des espaces verts", HostKind.LocalAuthority, "Ivry-sur-Seine", "Directrice générale des services", ["Jardinier-paysagiste", "Technicienne espaces verts"]),
        new("Mairie de Vitry-sur-Seine, service communication", HostKind.LocalAuthority, "Vitry-sur-Seine", "Directeur général des services", ["Chargée de communication"]),
        new("Médiathèque municipale de Villejuif", HostKind.LocalAuthority, "Villejuif", "Directrice générale des services", ["Bibliothécaire"]),
        new("Mairie de Choisy-le-Roi, service de l'état civil", HostKind.LocalAuthority, "Choisy-le-Roi", "Directeur général des services", ["Agente d'état civil"]),
        new("Mairie du Kremlin-Bicêtre, service des sports", HostKind.LocalAuthority, "Le Kremlin-Bicêtre", "Directrice générale des services", ["Éducateur territorial des activités physiques et sportives"]),
        new("Conseil départemental du Val-de-Marne, crèche départementale", HostKind.LocalAuthority, "Créteil", "Directrice des crèches", ["Auxiliaire de puériculture"]),
        new("Centre technique municipal d'Alfortville", HostKind.LocalAuthority, "Alfortville", "Directeur des services techniques", ["Agent de maintenance des bâtiments"]),
    ];

    internal static readonly string[] CompanyInsurers = ["AXA France", "Allianz", "MMA", "Groupama", "Generali", "MAAF Pro", "Hiscox", "MACIF"];
    internal static readonly string[] AssociationInsurers = ["MAIF", "MACIF", "MMA"];
    internal static readonly string[] PublicInsurers = ["SMACL Assurances", "Relyens", "Groupama"];
    internal const string StateInsurer = "État (son propre assureur)";

    /// <summary>
    /// A staff member; the demo logins' staff carry their login's e-mail. <see cref="Convocations"/>: examiner convocations,
    /// by day of the programme (0 = Monday of week 1 … 9 = Friday of week 2) and part of the day. <see cref="Supervises"/>:
    /// supervises the in-school programme as this kind.
    /// </summary>
    internal sealed record StaffSeed(
        string FirstName, string LastName, string Function,
        string? LoginEmail = null, bool Unavailable = false, string[]? PrincipalOf = null,
        (int Day, DayPart Part, string Note)[]? Convocations = null, SupervisorKind? Supervises = null);

    internal const string ProfesseurPrincipalLogin = "pp.2nde1@lycee-demo.fr";

    internal static readonly StaffSeed[] Staff =
    [
        new("Claire", "Morel", "Proviseure", LoginEmail: "proviseur@lycee-demo.fr"),
        new("Julien", "Marchand", "Professeur d'histoire-géographie", LoginEmail: ProfesseurPrincipalLogin, PrincipalOf: ["2NDE1", "2NDE6"]),
        new("Sophie", "Lambert", "Professeure de SVT", LoginEmail: "referent@lycee-demo.fr"),
        new("Nadia", "Benali", "Conseillère principale d'éducation (CPE)", LoginEmail: "cpe@lycee-demo.fr"),
        new("Martine", "Girard", "Secrétaire de direction", LoginEmail: "secretariat@lycee-demo.fr"),
        new("Thomas", "Roussel", "Professeur de mathématiques, référent numérique", LoginEmail: "admin@lycee-demo.fr"),
        new("Karim", "Haddad", "Proviseur adjoint"),
        new("Élodie", "Fontaine", "Adjointe gestionnaire"),
        new("Sylvie", "Carvalho", "Secrétaire de scolarité"),
        new("Fabrice", "Lemoine", "Conseiller principal d'éducation (CPE)"),
        new("Amandine", "Roche", "Infirmière scolaire"),
        new("Léa", "Tran", "Psychologue de l'Éducation nationale", Supervises: SupervisorKind.PsyEn),
        new("Catherine", "Dupré", "Professeure documentaliste", Supervises: SupervisorKind.Librarian),
        new("Grégory", "Dumas", "Directeur délégué aux formations"),
        new("Yannick", "Zamor", "Assistant d'éducation", Supervises: SupervisorKind.Aed),
        new("Isabelle", "Garnier", "Professeure de lettres modernes", PrincipalOf: ["2NDE2"], Supervises: SupervisorKind.Teacher),
        new("Mathieu", "Lefèvre", "Professeur de lettres modernes", Convocations: [(1, DayPart.WholeDay, "Oral de français, lycée Romain-Rolland"), (2, DayPart.Morning, "Oral de français, lycée Romain-Rolland")], Supervises: SupervisorKind.Teacher),
        new("Aïcha", "Diallo", "Professeure de lettres modernes", PrincipalOf: ["2NDE3"], Convocations: [(6, DayPart.WholeDay, "Correction du bac de français, centre d'examen de Créteil")]),
        new("Pierre-Yves", "Le Gall", "Professeur de mathématiques", PrincipalOf: ["2NDE4"]),
        new("Samira", "Mansouri", "Professeure de mathématiques", PrincipalOf: ["2NDE4"]),
        new("Olivier", "Rousseau", "Professeur de mathématiques", Supervises: SupervisorKind.Teacher),
        new("Caroline", "Roux", "Professeure de mathématiques", Unavailable: true),
        new("Hélène", "Nguyen", "Professeure d'histoire-géographie", PrincipalOf: ["2NDE5"]),
        new("Romain", "Duval", "Professeur d'histoire-géographie", Convocations: [(3, DayPart.Afternoon, "Commission d'harmonisation, histoire-géographie")], Supervises: SupervisorKind.Teacher),
        new("Jennifer", "Hoarau", "Professeure d'anglais", PrincipalOf: ["2NDE7"]),
        new("David", "Kowalski", "Professeur d'anglais", Supervises: SupervisorKind.Teacher),
        new("Lucía", "Fernández", "Professeure d'espagnol", PrincipalOf: ["2NDE8"]),
        new("Antoine", "Mercier", "Professeur d'espagnol", Unavailable: true),
        new("Anne", "Schmitt", "Professeure d'allemand", Supervises: SupervisorKind.Teacher),
        new("Vincent", "Bonnet", "Professeur de sciences économiques et sociales", PrincipalOf: ["2NDE9"], Convocations: [(7, DayPart.WholeDay, "Grand oral, lycée Darius-Milhaud"), (8, DayPart.WholeDay, "Grand oral, lycée Darius-Milhaud")]),
        new("Nathalie", "Perrin", "Professeure de physique-chimie", PrincipalOf: ["2NDE5"]),
        new("Mehdi", "Belkacem", "Professeur de physique-chimie", Convocations: [(2, DayPart.Morning, "Épreuve de physique-chimie (ECE)")]),
        new("Laure", "Vidal", "Professeure de SVT", PrincipalOf: ["2NDE6"], Supervises: SupervisorKind.Teacher),
        new("Stéphane", "Robin", "Professeur d'EPS", PrincipalOf: ["2NDE3"]),
        new("Chloé", "Payet", "Professeure d'EPS", Supervises: SupervisorKind.Teacher),
        new("Jérôme", "Faure", "Professeur de sciences numériques et technologie", Supervises: SupervisorKind.Teacher),
        new("Marion", "Lacroix", "Professeure d'arts plastiques", Unavailable: true),
        new("Valérie", "Giraud", "Professeure de philosophie", Convocations: [(0, DayPart.WholeDay, "Surveillance de l'épreuve de philosophie")]),
        new("Inès", "Cherif", "Professeure de français langue seconde (UPE2A)", Supervises: SupervisorKind.Teacher),
        new("Franck", "Ménard", "Professeur de cuisine", PrincipalOf: ["2NDE10"]),
        new("Sandrine", "Ferreira", "Professeure de service et commercialisation", PrincipalOf: ["2NDE10"], Convocations: [(5, DayPart.WholeDay, "Épreuve pratique de BTS MHR")]),
        new("Moussa", "Traoré", "Professeur d'économie et gestion hôtelière", Convocations: [(5, DayPart.Afternoon, "Épreuve orale de BTS MHR"), (6, DayPart.Morning, "Épreuve orale de BTS MHR")]),
    ];

    /// <summary>The class of the STHR series (sciences et technologies de l'hôtellerie et de la restauration).</summary>
    internal const string SthrClassCode = "2NDE10";
}
