using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Imports;

namespace StageSeconde.Web.Features.Imports;

/// <summary>The CSV model of students, with up to two guardians per student: its columns, its template, and the reading of its rows.</summary>
public static class StudentCsv
{
    public const string ModelName = "élèves et responsables";

    public static readonly CsvColumn LastName = new("Nom", true, "Nom de famille (ou d'usage) de l'élève", "DUPONT", "Nom de famille", "Nom élève");
    public static readonly CsvColumn FirstName = new("Prénom", true, "Prénom de l'élève", "Léa", "Prenom élève");
    public static readonly CsvColumn BirthDate = new("Date de naissance", true, "JJ/MM/AAAA", "14/03/2011", "Né(e) le", "Date naissance");
    public static readonly CsvColumn Class = new("Classe", true, "Code de la division, comme dans SIECLE ; créée si elle n'existe pas", "2NDE3", "Division", "Code classe");
    public static readonly CsvColumn Ine = new("INE", false, "Identifiant national élève (11 caractères)", "1234567890A", "ID national", "Identifiant national");
    public static readonly CsvColumn Sthr = new("STHR", false, "« oui » pour un élève de la série STHR", "non", "Série STHR");
    public static readonly CsvColumn Email = new("Courriel", false, "Adresse électronique de l'élève", "lea.dupont@exemple.fr", "Email", "E-mail", "Mél", "Mel", "Adresse électronique");
    public static readonly CsvColumn Phone = new("Téléphone", false, "Téléphone de l'élève", "06 12 34 56 78", "Portable", "Téléphone portable");
    public static readonly CsvColumn Address = new("Adresse", false, "Numéro et voie", "12 rue des Écoles");
    public static readonly CsvColumn PostalCode = new("Code postal", false, "5 chiffres", "94000", "CP");
    public static readonly CsvColumn City = new("Commune", false, "Commune", "Créteil", "Ville");

    public sealed record GuardianColumns(CsvColumn Relationship, CsvColumn LastName, CsvColumn FirstName, CsvColumn Email, CsvColumn Mobile, CsvColumn Home);

    public static readonly GuardianColumns[] Guardians = [GuardianSet(1, "Mère", "DUPONT", "Camille"), GuardianSet(2, "Père", "DUPONT", "Marc")];

    private static GuardianColumns GuardianSet(int n, string relationship, string lastName, string firstName) => new(
        new($"Responsable {n} lien", false, "mère, père, tuteur ou autre", relationship),
        new($"Responsable {n} nom", false, "Nom du responsable légal", lastName),
        new($"Responsable {n} prénom", false, "Prénom du responsable légal", firstName),
        new($"Responsable {n} courriel", false, "Adresse électronique", $"{firstName.ToLowerInvariant()}.dupont@exemple.fr", $"Responsable {n} email", $"Responsable {n} mél"),
        new($"Responsable {n} téléphone portable", false, "Téléphone portable", n == 1 ? "06 98 76 54 32" : "07 11 22 33 44", $"Responsable {n} portable"),
        new($"Responsable {n} téléphone fixe", false, "Téléphone fixe", n == 1 ? "01 43 00 00 00" : "", $"Responsable {n} fixe", $"Responsable {n} téléphone"));

    public static IReadOnlyList<CsvColumn> Columns { get; } =
        new[] { LastName, FirstName, BirthDate, Class, Ine, Sthr, Email, Phone, Address, PostalCode, City }
            .Concat(Guardians.SelectMany(g => new[] { g.Relationship, g.LastName, g.FirstName, g.Email, g.Mobile, g.Home }))
            .ToList();

    /// <summary>The downloadable template: UTF-8 with BOM, « ; » separated, the header and one example row.</summary>
    public static byte[] Template() => CsvTemplate.Build(Columns);

    public static (List<StudentRecord> Records, List<StudentSighting> Rejected, List<string> Notes) Read(CsvTable table)
    {
        var map = new CsvColumnMap(table, Columns, ModelName, "SIRET|Ce fichier ressemble au modèle des structures d'accueil : choisissez « CSV – structures d'accueil et tuteurs ».");
        var records = new List<StudentRecord>();
        var rejected = new List<StudentSighting>();
        var notes = new List<string>();
        if (map.Unknown.Count > 0) notes.Add($"Colonne(s) ignorée(s) : {string.Join(", ", map.Unknown.Select(u => $"« {u} »"))}.");

        foreach (var row in table.Rows)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace)) continue;
            var where = $"ligne {row.Line}";
            var lastName = map.Get(row, LastName);
            var firstName = map.Get(row, FirstName);
            var birthText = map.Get(row, BirthDate);
            var birthDate = ImportValues.Date(birthText);
            var classCode = map.Get(row, Class) is { } code ? Normalized.ClassCode(code) : null;
            var (ine, badIne) = ImportValues.Ine(map.Get(row, Ine));
            var (email, badEmail) = ImportValues.Email(map.Get(row, Email));
            var (phone, badPhone) = ImportValues.Phone(map.Get(row, Phone));
            var sthrText = map.Get(row, Sthr);
            var sthr = ImportValues.YesNo(sthrText);
            var label = $"{lastName?.ToUpperInvariant() ?? "(sans nom)"} {firstName}".Trim();

            string? field = null, reason = null;
            if (lastName is null) (field, reason) = (LastName.Header, "Nom : ce champ est obligatoire.");
            else if (firstName is null) (field, reason) = (FirstName.Header, "Prénom : ce champ est obligatoire.");
            else if (lastName.Length > 100 || firstName.Length > 100) (field, reason) = (LastName.Header, "100 caractères au maximum pour le nom et le prénom.");
            else if (birthDate is null) (field, reason) = (BirthDate.Header, birthText is null ? "Date de naissance : ce champ est obligatoire." : $"« {birthText} » n'est pas une date (attendu JJ/MM/AAAA).");
            else if (classCode is null) (field, reason) = (Class.Header, "Classe : ce champ est obligatoire.");
            else if (classCode.Length > 20) (field, reason) = (Class.Header, "Le code de la classe a 20 caractères au maximum.");
            else if (badIne) (field, reason) = (Ine.Header, "L'INE comporte 11 caractères : 10 chiffres et une lettre, ou 9 chiffres et deux lettres.");
            else if (badEmail) (field, reason) = (Email.Header, "Adresse électronique invalide (exemple : prenom.nom@exemple.fr).");
            else if (badPhone) (field, reason) = (Phone.Header, "Numéro de téléphone invalide : 10 chiffres commençant par 0 (ou +33).");
            else if (sthrText is not null && sthr is null) (field, reason) = (Sthr.Header, $"« {sthrText} » : indiquez « oui » ou « non ».");

            var guardians = new List<GuardianRecord>();
            if (field is null)
            {
                foreach (var columns in Guardians)
                {
                    var (guardian, guardianField, guardianReason) = ReadGuardian(map, row, columns);
                    if (guardianField is not null) { (field, reason) = (guardianField, guardianReason); break; }
                    if (guardian is not null) guardians.Add(guardian);
                }
            }
            if (field is not null)
            {
                rejected.Add(new StudentSighting(PlanEntry.Rejected(where, label, field, reason!), null, ine, lastName, firstName, birthDate));
                continue;
            }

            var address = map.Get(row, Address) is null && map.Get(row, PostalCode) is null && map.Get(row, City) is null
                ? null
                : new AddressValue(ImportValues.Cut(map.Get(row, Address), 300), ImportValues.Cut(map.Get(row, PostalCode), 10), ImportValues.Cut(map.Get(row, City), 100));
            records.Add(new StudentRecord(where, null, ine, lastName!, firstName!, birthDate!.Value, classCode!, sthr, email, phone, address, guardians));
        }
        return (records, rejected, notes);
    }

    private static (GuardianRecord? Guardian, string? Field, string? Reason) ReadGuardian(CsvColumnMap map, CsvRow row, GuardianColumns c)
    {
        var lastName = map.Get(row, c.LastName);
        var firstName = map.Get(row, c.FirstName);
        var relationshipText = map.Get(row, c.Relationship);
        var (email, badEmail) = ImportValues.Email(map.Get(row, c.Email));
        var (mobile, badMobile) = ImportValues.Phone(map.Get(row, c.Mobile));
        var (home, badHome) = ImportValues.Phone(map.Get(row, c.Home));
        if (lastName is null && firstName is null)
        {
            var anything = relationshipText ?? map.Get(row, c.Email) ?? map.Get(row, c.Mobile) ?? map.Get(row, c.Home);
            return anything is null ? (null, null, null) : (null, c.LastName.Header, "Le nom et le prénom du responsable sont obligatoires dès qu'une de ses colonnes est remplie.");
        }
        if (lastName is null || firstName is null)
            return (null, lastName is null ? c.LastName.Header : c.FirstName.Header, "Le nom et le prénom du responsable sont obligatoires dès qu'une de ses colonnes est remplie.");
        if (lastName.Length > 100 || firstName.Length > 100) return (null, c.LastName.Header, "100 caractères au maximum pour le nom et le prénom.");
        if (badEmail) return (null, c.Email.Header, "Adresse électronique invalide (exemple : prenom.nom@exemple.fr).");
        if (badMobile) return (null, c.Mobile.Header, "Numéro de téléphone invalide : 10 chiffres commençant par 0 (ou +33).");
        if (badHome) return (null, c.Home.Header, "Numéro de téléphone invalide : 10 chiffres commençant par 0 (ou +33).");
        GuardianRelationship? relationship = null;
        if (relationshipText is not null)
        {
            relationship = Relationship(relationshipText);
            if (relationship is null) return (null, c.Relationship.Header, $"« {relationshipText} » : indiquez mère, père, tuteur ou autre.");
        }
        return (new GuardianRecord(null, lastName, firstName, relationship, true, email, mobile, home, null), null, null);
    }

    public static GuardianRelationship? Relationship(string text) => SearchText.Normalize(text) switch
    {
        "mere" => GuardianRelationship.Mother,
        "pere" => GuardianRelationship.Father,
        "tuteur" or "tutrice" or "tuteur legal" or "tutrice legale" or "tuteur ou tutrice legal e" => GuardianRelationship.LegalTutor,
        "autre" => GuardianRelationship.Other,
        _ => null,
    };
}
