using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// The diff of the SIECLE guardians' export against the guardians of stored students (matched by the student's ELEVE_ID,
/// then the person's PERSONNE_ID, else the same name among guardians entered by hand).
/// Links to students StageSeconde does not hold (other levels of the lycée) are ignored. A guardian imported from SIECLE that the
/// export no longer links to its student is reported (<see cref="ImportOutcome.Leave"/>) and kept as it is: only people delete.
/// </summary>
public sealed class GuardianPlan : ImportPlan
{
    /// <summary>The students whose guardians change, with the records to apply to them in file order.</summary>
    public Dictionary<int, List<GuardianRecord>> Changes { get; } = [];

    public override bool HasChanges => Changes.Count > 0;

    /// <param name="students">The school's students that have an ELEVE_ID, with their guardians.</param>
    public static GuardianPlan Build(IReadOnlyList<Student> students, IReadOnlyList<GuardianLinkRecord> links, IReadOnlyList<PlanEntry> rejections)
    {
        var plan = new GuardianPlan();
        plan.AddRange(rejections);
        var bySiecleId = new Dictionary<string, Student>(StringComparer.Ordinal);
        foreach (var s in students)
            if (s.SiecleId is not null) bySiecleId.TryAdd(s.SiecleId, s);

        var unknownStudents = 0;
        foreach (var group in links.GroupBy(l => l.EleveId, StringComparer.Ordinal))
        {
            if (!bySiecleId.TryGetValue(group.Key, out var stored))
            {
                foreach (var link in group)
                {
                    unknownStudents++;
                    plan.Add(PlanEntry.Ignored(link.Where, $"{link.Guardian.Label}, responsable de l'élève {link.EleveId}",
                        "Élève absent de StageSeconde (autre niveau, ou export des élèves pas encore importé)."));
                }
                continue;
            }

            var student = StudentImport.Copy(stored);
            var touched = new HashSet<Guardian>(ReferenceEqualityComparer.Instance);
            foreach (var link in group)
            {
                var existing = StudentImport.FindGuardian(student, link.Guardian);
                var before = existing is null ? null : StudentImport.CopyGuardian(existing);
                var guardian = StudentImport.ApplyGuardian(student, link.Guardian);
                touched.Add(guardian);
                var label = $"{guardian.FullName}, responsable de {stored.FullName}";
                if (before is null)
                {
                    plan.Add(new PlanEntry(ImportOutcome.Create, link.Where, label, [new FieldChange("Lien", null, guardian.Relationship.Label())]));
                    plan.Remember(stored.Id, link.Guardian);
                    continue;
                }
                var changes = StudentImport.GuardianChanges(before, guardian).ToList();
                if (changes.Count == 0)
                {
                    plan.Add(new PlanEntry(ImportOutcome.Unchanged, link.Where, label, []));
                }
                else
                {
                    plan.Add(new PlanEntry(ImportOutcome.Update, link.Where, label, changes));
                    plan.Remember(stored.Id, link.Guardian);
                }
            }
            foreach (var gone in student.Guardians.Where(g => g.SiecleId is not null && g.Id != 0 && !touched.Contains(g)))
            {
                plan.Add(new PlanEntry(ImportOutcome.Leave, "absent(e) de l'export", $"{gone.FullName}, responsable de {stored.FullName}", [], null,
                    "Ne figure plus dans l'export SIECLE pour cet élève : conservé(e) tel quel ; vérifiez la fiche de l'élève."));
            }
        }
        if (unknownStudents > 0)
            plan.Note($"{unknownStudents} lien(s) concernent des élèves absents de StageSeconde (autres niveaux du lycée) : ils sont ignorés.");
        return plan;
    }

    private void Remember(int studentId, GuardianRecord record)
    {
        if (!Changes.TryGetValue(studentId, out var list)) Changes[studentId] = list = [];
        list.Add(record);
    }
}
