using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Web.Features.Imports;

/// <summary>The diff of students (and, for CSV, their guardians) against the stored ones.</summary>
public sealed class StudentPlan : ImportPlan
{
    public List<StudentRecord> Creates { get; } = [];
    public List<(int StudentId, StudentRecord Record)> Updates { get; } = [];
    public List<(int StudentId, DateOnly On)> Leaves { get; } = [];
    /// <summary>Division codes of imported students that are not classes of the school yet.</summary>
    public List<string> ClassesToCreate { get; } = [];

    public override bool HasChanges => Creates.Count > 0 || Updates.Count > 0 || Leaves.Count > 0;

    private sealed record Identity(string? SiecleId, string? Ine, string? NameKey);

    /// <summary>
    /// Matches each student of the file with a stored one: SIECLE's ELEVE_ID first, then the INE, then name and birth date
    /// (only when exactly one stored student fits); each stored student is matched once.
    /// </summary>
    /// <param name="existing">The school's students, left ones included, with their guardians when the records carry some.</param>
    /// <param name="classCodes">The school's classes: id → code.</param>
    public static StudentPlan Build(
        IReadOnlyList<Student> existing, IReadOnlyDictionary<int, string> classCodes,
        IReadOnlyList<StudentRecord> records, IReadOnlyList<StudentSighting> sightings, StudentPlanOptions options)
    {
        var plan = new StudentPlan();
        var identities = records.Select(r => new Identity(r.SiecleId, r.Ine, NameKey(r.LastName, r.FirstName, r.BirthDate)))
            .Concat(sightings.Select(s => new Identity(s.SiecleId, s.Ine, NameKey(s.LastName, s.FirstName, s.BirthDate))))
            .ToList();
        var duplicate = FindDuplicates(records, identities);
        var match = Match(existing, identities, duplicate);

        var knownCodes = new HashSet<string>(classCodes.Values, StringComparer.OrdinalIgnoreCase);
        var newCodes = new List<string>();
        var newCodeSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (duplicate[i] is { } field)
            {
                plan.Add(PlanEntry.Rejected(record.Where, record.Label, field, field switch
                {
                    "INE" => $"L'INE {record.Ine} figure plusieurs fois dans le fichier : seule sa première occurrence est importée.",
                    "ELEVE_ID" => $"L'identifiant SIECLE {record.SiecleId} figure plusieurs fois dans le fichier : seule sa première occurrence est importée.",
                    _ => $"{record.Label}, né(e) le {record.BirthDate.FormatFrench()}, figure plusieurs fois dans le fichier sans INE : seule la première ligne est importée.",
                }));
                continue;
            }
            if (!knownCodes.Contains(record.ClassCode) && newCodeSet.Add(record.ClassCode)) newCodes.Add(record.ClassCode);

            if (match[i] is not { } stored)
            {
                plan.Creates.Add(record);
                plan.Add(new PlanEntry(ImportOutcome.Create, record.Where, $"{record.Label} ({record.ClassCode})",
                    [new FieldChange("Classe", null, record.ClassCode), new FieldChange("Date de naissance", null, record.BirthDate.FormatFrench())]));
                continue;
            }

            var after = StudentImport.Copy(stored);
            StudentImport.Apply(after, record);
            var changes = StudentImport.Changes(stored, after);
            var storedCode = classCodes.GetValueOrDefault(stored.SchoolClassId);
            if (!string.Equals(storedCode, record.ClassCode, StringComparison.OrdinalIgnoreCase))
                changes.Insert(0, new FieldChange("Classe", storedCode, record.ClassCode));

            if (changes.Count == 0)
            {
                plan.Add(new PlanEntry(ImportOutcome.Unchanged, record.Where, $"{record.Label} ({record.ClassCode})", []));
            }
            else
            {
                plan.Updates.Add((stored.Id, record));
                plan.Add(new PlanEntry(ImportOutcome.Update, record.Where, $"{record.Label} ({record.ClassCode})", changes));
            }
        }
        var usedCodes = plan.Creates.Select(r => r.ClassCode).Concat(plan.Updates.Select(u => u.Record.ClassCode)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        plan.ClassesToCreate.AddRange(newCodes.Where(usedCodes.Contains));
        if (plan.ClassesToCreate.Count > 0)
            plan.Note($"Classe(s) à créer : {string.Join(", ", plan.ClassesToCreate.Order(StringComparer.OrdinalIgnoreCase))}.");

        for (var j = 0; j < sightings.Count; j++)
        {
            var sighting = sightings[j];
            var stored = match[records.Count + j];
            if (sighting.LeftOn is not { } leftOn)
            {
                plan.Add(sighting.Entry);
                continue;
            }
            if (stored is { HasLeft: false })
            {
                plan.Leaves.Add((stored.Id, leftOn));
                plan.Add(new PlanEntry(ImportOutcome.Leave, sighting.Entry.Where, sighting.Entry.Label,
                    [new FieldChange("Sortie", null, leftOn.FormatFrench())], null, $"Sorti(e) de l'établissement le {leftOn.FormatFrench()} selon SIECLE."));
            }
            else
            {
                plan.Add(sighting.Entry with
                {
                    Reason = stored is null
                        ? $"Sorti(e) le {leftOn.FormatFrench()} : non importé(e)."
                        : $"Sorti(e) le {leftOn.FormatFrench()} : déjà marqué(e) comme sorti(e).",
                });
            }
        }

        if (options.MarkAbsentAsLeft)
        {
            var matched = new HashSet<int>(match.Where(m => m is not null).Select(m => m!.Id));
            foreach (var student in existing.Where(s => !s.HasLeft && !matched.Contains(s.Id)).OrderBy(s => s.SearchKey, StringComparer.Ordinal))
            {
                plan.Leaves.Add((student.Id, options.AbsentLeftOn));
                plan.Add(new PlanEntry(ImportOutcome.Leave, "absent(e) de l'export", $"{student.FullName} ({classCodes.GetValueOrDefault(student.SchoolClassId)})",
                    [new FieldChange("Sortie", null, options.AbsentLeftOn.FormatFrench())], null,
                    "N'apparaît plus dans l'export SIECLE : marqué(e) comme sorti(e) ; la fiche et ses conventions sont conservées."));
            }
        }
        return plan;
    }

    private static string? NameKey(string? lastName, string? firstName, DateOnly? birthDate) =>
        lastName is null || firstName is null || birthDate is null ? null : SearchText.Key(lastName, firstName) + "|" + birthDate.Value.DayNumber;

    /// <summary>
    /// A second record with the same ELEVE_ID or INE as an earlier one, or — without either — the same name and birth date,
    /// is refused (field name), not imported twice: re-importing the file must change nothing.
    /// </summary>
    private static string?[] FindDuplicates(IReadOnlyList<StudentRecord> records, List<Identity> identities)
    {
        var duplicate = new string?[identities.Count];
        var siecleIds = new HashSet<string>(StringComparer.Ordinal);
        var ines = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var id = identities[i];
            if (id.SiecleId is not null && !siecleIds.Add(id.SiecleId)) duplicate[i] = "ELEVE_ID";
            else if (id.Ine is not null && !ines.Add(id.Ine)) duplicate[i] = "INE";
            else if (id.SiecleId is null && id.Ine is null && id.NameKey is not null && !names.Add(id.NameKey)) duplicate[i] = "Nom et date de naissance";
        }
        return duplicate;
    }

    private static Student?[] Match(IReadOnlyList<Student> existing, List<Identity> identities, string?[] duplicate)
    {
        var match = new Student?[identities.Count];
        var claimed = new HashSet<int>();
        var bySiecleId = new Dictionary<string, Student>(StringComparer.Ordinal);
        var byIne = new Dictionary<string, Student>(StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, List<Student>>(StringComparer.Ordinal);
        foreach (var s in existing)
        {
            if (s.SiecleId is not null) bySiecleId.TryAdd(s.SiecleId, s);
            if (s.Ine is not null) byIne.TryAdd(s.Ine, s);
            var key = NameKey(s.LastName, s.FirstName, s.BirthDate)!;
            if (!byName.TryGetValue(key, out var list)) byName[key] = list = [];
            list.Add(s);
        }

        bool Claim(int i, Student? s)
        {
            if (s is null || !claimed.Add(s.Id)) return false;
            match[i] = s;
            return true;
        }

        for (var i = 0; i < identities.Count; i++)
        {
            if (duplicate[i] is null && identities[i].SiecleId is { } id) Claim(i, bySiecleId.GetValueOrDefault(id));
        }
        for (var i = 0; i < identities.Count; i++)
        {
            if (match[i] is null && duplicate[i] is null && identities[i].Ine is { } ine) Claim(i, byIne.GetValueOrDefault(ine));
        }
        for (var i = 0; i < identities.Count; i++)
        {
            var identity = identities[i];
            if (match[i] is not null || duplicate[i] is not null || identity.NameKey is null || !byName.TryGetValue(identity.NameKey, out var candidates)) continue;
            var fitting = candidates.Where(s => !claimed.Contains(s.Id)
                                                && (s.Ine is null || identity.Ine is null || string.Equals(s.Ine, identity.Ine, StringComparison.OrdinalIgnoreCase))
                                                && (s.SiecleId is null || identity.SiecleId is null)).Take(2).ToList();
            if (fitting.Count == 1) Claim(i, fitting[0]);
        }
        return match;
    }
}
