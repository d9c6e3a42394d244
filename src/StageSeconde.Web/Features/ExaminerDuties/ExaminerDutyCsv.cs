using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.Imports;
using StageSeconde.Web.Infrastructure.Imports;

namespace StageSeconde.Web.Features.ExaminerDuties;

/// <summary>A staff member as the import finds them: by e-mail, or by last and first name.</summary>
public sealed record DutyStaff(int Id, string LastName, string FirstName, string Email);

/// <summary>A line of the file, read and checked: who, which day, which half-day(s), the note.</summary>
public sealed record DutyLine(int Line, int StaffId, string StaffName, DateOnly Date, DayPart Part, string? Note);

/// <summary>
/// The CSV model of examiner convocations: one line per convocation (nom, prénom or courriel, date JJ/MM/AAAA, demi-journée
/// « matin », « après-midi » or « journée », note). Every line is checked; the caller imports nothing when one is wrong.
/// </summary>
public static class ExaminerDutyCsv
{
    public const string ModelName = "convocations d'examen";

    public static readonly CsvColumn LastName = new("Nom", false, "Nom du personnel (avec le prénom, si le courriel n'est pas donné)", "LEFÈVRE");
    public static readonly CsvColumn FirstName = new("Prénom", false, "Prénom du personnel", "Mathieu", "Prenom");
    public static readonly CsvColumn Email = new("Courriel", false, "Adresse électronique du personnel (remplace le nom et le prénom)", "mathieu.lefevre@ac-creteil.fr", "Email", "E-mail", "Mél", "Adresse électronique");
    public static readonly CsvColumn Date = new("Date", true, "JJ/MM/AAAA", "16/06/2027", "Jour");
    public static readonly CsvColumn Part = new("Demi-journée", true, "matin, après-midi ou journée", "matin", "Demi journée", "Moment");
    public static readonly CsvColumn Note = new("Note", false, $"Examen et lieu ({ExaminerDuty.NoteMaxLength} caractères au plus)", "Oral de français, lycée Voltaire", "Commentaire", "Examen");

    public static IReadOnlyList<CsvColumn> Columns { get; } = [LastName, FirstName, Email, Date, Part, Note];

    public static byte[] Template() => CsvTemplate.Build(Columns);

    /// <summary>The half-day words accepted, whatever their case or accents.</summary>
    public static DayPart? PartOf(string? text) => SearchText.Normalize(text) switch
    {
        "matin" or "am" => DayPart.Morning,
        "apres midi" or "apresmidi" or "pm" => DayPart.Afternoon,
        "journee" or "journee entiere" or "jour" or "toute la journee" => DayPart.WholeDay,
        _ => null,
    };

    /// <summary>The lines read, and the errors (« ligne 3 : … ») in the order of the file.</summary>
    public static (IReadOnlyList<DutyLine> Lines, IReadOnlyList<string> Errors) Read(CsvTable table, IReadOnlyList<DutyStaff> staff)
    {
        var map = new CsvColumnMap(table, Columns, ModelName, otherModelHint: null);
        var errors = new List<string>();
        if (!map.Has(Email) && !(map.Has(LastName) && map.Has(FirstName)))
            return ([], ["Le fichier doit avoir les colonnes « Nom » et « Prénom », ou la colonne « Courriel », pour reconnaître les personnels. Rien n'a été importé."]);

        var byEmail = staff.GroupBy(s => s.Email.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
        var byName = staff.ToLookup(s => SearchText.Key(s.LastName, s.FirstName));
        var lines = new List<DutyLine>();
        foreach (var row in table.Rows)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace)) continue;
            var where = $"Ligne {row.Line}";
            var problems = new List<string>();

            DutyStaff? member = null;
            var email = map.Get(row, Email);
            var last = map.Get(row, LastName);
            var first = map.Get(row, FirstName);
            if (email is not null)
            {
                if (!byEmail.TryGetValue(email.ToLowerInvariant(), out member)) problems.Add($"aucun personnel n'a l'adresse « {email} »");
            }
            else if (last is null || first is null)
            {
                problems.Add("indiquez le nom et le prénom du personnel, ou son courriel");
            }
            else
            {
                var found = byName[SearchText.Key(last, first)].ToList();
                if (found.Count == 0) problems.Add($"aucun personnel ne s'appelle « {first} {last} »");
                else if (found.Count > 1) problems.Add($"plusieurs personnels s'appellent « {first} {last} » : indiquez le courriel");
                else member = found[0];
            }

            var dateText = map.Get(row, Date);
            var date = ImportValues.Date(dateText);
            if (dateText is null) problems.Add("la date est obligatoire (JJ/MM/AAAA)");
            else if (date is null) problems.Add($"« {dateText} » n'est pas une date (JJ/MM/AAAA)");
            else if (date.Value.DayOfWeek == DayOfWeek.Sunday) problems.Add($"le {dateText} est un dimanche");

            var partText = map.Get(row, Part);
            var part = PartOf(partText);
            if (partText is null) problems.Add("la demi-journée est obligatoire (matin, après-midi ou journée)");
            else if (part is null) problems.Add($"« {partText} » : indiquez matin, après-midi ou journée");

            var note = map.Get(row, Note);
            if (note is { Length: > ExaminerDuty.NoteMaxLength }) problems.Add($"la note dépasse {ExaminerDuty.NoteMaxLength} caractères");

            if (problems.Count > 0) errors.Add($"{where} : {string.Join(" ; ", problems)}.");
            else lines.Add(new DutyLine(row.Line, member!.Id, PersonName.FirstLast(member.FirstName, member.LastName), date!.Value, part!.Value, note));
        }
        if (errors.Count == 0 && lines.Count == 0) errors.Add("Le fichier ne contient aucune convocation.");
        return (lines, errors);
    }
}
