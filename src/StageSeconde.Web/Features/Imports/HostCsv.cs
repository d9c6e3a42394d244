using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Imports;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// The CSV model of host organisations and their tutors: one line per tutor, the host's columns repeated (or left empty)
/// on the lines of the same SIRET; a host without tutor takes one line with the tutor's columns empty.
/// </summary>
public static class HostCsv
{
    public const string ModelName = "structures d'accueil et tuteurs";

    public static readonly CsvColumn Siret = new("SIRET", true, "14 chiffres (espaces acceptés) ; identifie la structure", "356 000 000 00048", "N° SIRET", "Numéro SIRET");
    public static readonly CsvColumn Name = new("Nom", true, "Raison sociale ou nom de la structure", "La Poste – agence de Créteil", "Nom de la structure", "Raison sociale");
    public static readonly CsvColumn Kind = new("Type", false, "entreprise, association, administration, établissement public ou collectivité territoriale (entreprise par défaut)", "Entreprise", "Type de structure");
    public static readonly CsvColumn AddressLine = new("Adresse", false, "Adresse du siège", "1 place Salvador-Allende", "Adresse du siège");
    public static readonly CsvColumn PostalCode = new("Code postal", false, "5 chiffres", "94000", "CP");
    public static readonly CsvColumn City = new("Commune", false, "Commune du siège", "Créteil", "Ville");
    public static readonly CsvColumn RepresentativeName = new("Représentant", false, "Nom et prénom du signataire de la convention", "Nadia Benali", "Nom du représentant");
    public static readonly CsvColumn RepresentativeFunction = new("Fonction du représentant", false, "Par exemple : gérant, directrice", "Directrice d'agence");
    public static readonly CsvColumn Email = new("Courriel", false, "Adresse électronique de la structure", "agence.creteil@exemple.fr", "Email", "E-mail", "Mél");
    public static readonly CsvColumn Phone = new("Téléphone", false, "Téléphone de la structure", "01 45 17 00 00");
    public static readonly CsvColumn Insurer = new("Assureur", false, "Assureur en responsabilité civile", "MAIF");
    public static readonly CsvColumn PolicyNumber = new("Numéro de contrat", false, "Numéro du contrat d'assurance", "RC-2026-001", "N° de contrat");
    public static readonly CsvColumn TutorLastName = new("Tuteur nom", false, "Nom du tuteur", "MARTIN", "Nom du tuteur");
    public static readonly CsvColumn TutorFirstName = new("Tuteur prénom", false, "Prénom du tuteur", "Hugo", "Prénom du tuteur");
    public static readonly CsvColumn TutorFunction = new("Tuteur fonction", false, "Fonction du tuteur (obligatoire pour un nouveau tuteur)", "Guichetier", "Fonction du tuteur");
    public static readonly CsvColumn TutorEmail = new("Tuteur courriel", false, "Adresse électronique du tuteur", "hugo.martin@exemple.fr", "Courriel du tuteur");
    public static readonly CsvColumn TutorPhone = new("Tuteur téléphone", false, "Téléphone du tuteur (un téléphone ou un courriel est obligatoire)", "06 11 22 33 44", "Téléphone du tuteur");

    public static IReadOnlyList<CsvColumn> Columns { get; } =
    [
        Siret, Name, Kind, AddressLine, PostalCode, City, RepresentativeName, RepresentativeFunction, Email, Phone, Insurer, PolicyNumber,
        TutorLastName, TutorFirstName, TutorFunction, TutorEmail, TutorPhone,
    ];

    public static byte[] Template() => CsvTemplate.Build(Columns);

    private sealed class Host(string where, string siret)
    {
        public string Where { get; } = where;
        public string Siret { get; } = siret;
        public Dictionary<CsvColumn, string> Values { get; } = [];
        public List<TutorRecord> Tutors { get; } = [];
    }

    public static (List<HostRecord> Records, List<PlanEntry> Rejections, List<string> Notes) Read(CsvTable table)
    {
        var map = new CsvColumnMap(table, Columns, ModelName, "Date de naissance|Ce fichier ressemble au modèle des élèves : choisissez « CSV – élèves et responsables ».");
        var rejections = new List<PlanEntry>();
        var notes = new List<string>();
        if (map.Unknown.Count > 0) notes.Add($"Colonne(s) ignorée(s) : {string.Join(", ", map.Unknown.Select(u => $"« {u} »"))}.");

        var hosts = new Dictionary<string, Host>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace)) continue;
            var where = $"ligne {row.Line}";
            var siretText = map.Get(row, Siret);
            var name = map.Get(row, Name);
            var label = name ?? "(sans nom)";
            var siret = Normalized.Siret(siretText);
            if (siretText is null)
            {
                rejections.Add(PlanEntry.Rejected(where, label, Siret.Header, "SIRET : ce champ est obligatoire."));
                continue;
            }
            if (!FrenchIdentifiers.IsValidSiret(siret))
            {
                rejections.Add(PlanEntry.Rejected(where, label, Siret.Header, $"« {siretText} » : le SIRET doit comporter 14 chiffres valides (vérifiez-le sur l'avis de situation SIRENE)."));
                continue;
            }
            var kindText = map.Get(row, Kind);
            if (kindText is not null && KindOf(kindText) is null)
            {
                rejections.Add(PlanEntry.Rejected(where, label, Kind.Header, $"« {kindText} » : indiquez entreprise, association, administration, établissement public ou collectivité territoriale."));
                continue;
            }

            var tutorLast = map.Get(row, TutorLastName);
            var tutorFirst = map.Get(row, TutorFirstName);
            var tutorOther = map.Get(row, TutorFunction) ?? map.Get(row, TutorEmail) ?? map.Get(row, TutorPhone);
            if ((tutorLast is null) != (tutorFirst is null) || (tutorLast is null && tutorOther is not null))
            {
                rejections.Add(PlanEntry.Rejected(where, label, tutorLast is null ? TutorLastName.Header : TutorFirstName.Header,
                    "Le nom et le prénom du tuteur sont obligatoires dès qu'une de ses colonnes est remplie."));
                continue;
            }

            if (!hosts.TryGetValue(siret, out var host)) hosts[siret] = host = new Host(where, siret);
            foreach (var column in new[] { Name, Kind, AddressLine, PostalCode, City, RepresentativeName, RepresentativeFunction, Email, Phone, Insurer, PolicyNumber })
            {
                if (map.Get(row, column) is { } value) host.Values.TryAdd(column, value);
            }
            if (tutorLast is not null && tutorFirst is not null)
            {
                host.Tutors.Add(new TutorRecord(where, tutorLast, tutorFirst, map.Get(row, TutorFunction), map.Get(row, TutorEmail), PhoneValue(map.Get(row, TutorPhone))));
            }
        }

        var records = hosts.Values.Select(h =>
        {
            string? V(CsvColumn c) => h.Values.GetValueOrDefault(c);
            return new HostRecord(h.Where, h.Siret, V(Name), V(Kind) is { } k ? KindOf(k) : null, V(AddressLine), V(PostalCode), V(City),
                V(RepresentativeName), V(RepresentativeFunction), V(Email), PhoneValue(V(Phone)), V(Insurer), V(PolicyNumber), h.Tutors);
        }).ToList();
        return (records, rejections, notes);
    }

    /// <summary>A French phone in its national form; anything else kept as written, for the validator to refuse it.</summary>
    private static string? PhoneValue(string? value) => value is null ? null : FrenchIdentifiers.NormalizePhone(value) ?? value;

    public static HostKind? KindOf(string text)
    {
        var key = SearchText.Normalize(text);
        foreach (var kind in Enum.GetValues<HostKind>())
            if (SearchText.Normalize(kind.Label()) == key) return kind;
        return key switch
        {
            "societe" or "entreprise privee" => HostKind.Company,
            "collectivite" or "mairie" or "commune" => HostKind.LocalAuthority,
            _ => null,
        };
    }
}
