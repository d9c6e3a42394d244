using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Hosts;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// The diff of host organisations (matched by SIRET) and their tutors (matched by name within the host) against the stored ones.
/// The result of each row is checked with the same validators as the forms (<see cref="HostFormValidator"/>, <see cref="TutorFormValidator"/>).
/// </summary>
public sealed class HostPlan : ImportPlan
{
    public List<HostRecord> Creates { get; } = [];
    public List<(int HostId, HostRecord Record)> Updates { get; } = [];

    public override bool HasChanges => Creates.Count > 0 || Updates.Count > 0;

    private static readonly Dictionary<string, string> HostColumns = new()
    {
        [nameof(HostForm.Name)] = "Nom", [nameof(HostForm.Kind)] = "Type", [nameof(HostForm.Siret)] = "SIRET", [nameof(HostForm.AddressLine)] = "Adresse",
        [nameof(HostForm.PostalCode)] = "Code postal", [nameof(HostForm.City)] = "Commune", [nameof(HostForm.RepresentativeName)] = "Représentant",
        [nameof(HostForm.RepresentativeFunction)] = "Fonction du représentant", [nameof(HostForm.Email)] = "Courriel", [nameof(HostForm.Phone)] = "Téléphone",
        [nameof(HostForm.Insurer)] = "Assureur", [nameof(HostForm.InsurancePolicyNumber)] = "Numéro de contrat",
    };

    private static readonly Dictionary<string, string> TutorColumns = new()
    {
        [nameof(TutorForm.LastName)] = "Tuteur nom", [nameof(TutorForm.FirstName)] = "Tuteur prénom", [nameof(TutorForm.Function)] = "Tuteur fonction",
        [nameof(TutorForm.Email)] = "Tuteur courriel", [nameof(TutorForm.Phone)] = "Tuteur téléphone",
    };

    /// <param name="existing">The school's host organisations with their tutors.</param>
    public static HostPlan Build(
        IReadOnlyList<HostOrganisation> existing, IReadOnlyList<HostRecord> records, IReadOnlyList<PlanEntry> rejections,
        IValidator<HostForm> hostValidator, IValidator<TutorForm> tutorValidator)
    {
        var plan = new HostPlan();
        plan.AddRange(rejections);
        var bySiret = new Dictionary<string, HostOrganisation>(StringComparer.Ordinal);
        foreach (var h in existing) bySiret.TryAdd(h.Siret, h);

        foreach (var record in records)
        {
            var stored = bySiret.GetValueOrDefault(record.Siret);
            var after = stored is null ? Create(record) : Copy(stored);
            if (stored is not null) Apply(after, record);
            var label = $"{after.Name} (SIRET {record.Siret})";

            var hostErrors = hostValidator.Validate(HostForm.From(after)).Errors;
            if (hostErrors.Count > 0)
            {
                var error = hostErrors[0];
                plan.Add(PlanEntry.Rejected(record.Where, label, HostColumns.GetValueOrDefault(error.PropertyName, error.PropertyName), error.ErrorMessage));
                continue;
            }
            var tutorError = after.Tutors
                .Where(t => t.Id == 0 || TutorChanged(stored!, t))
                .Select(t => (Tutor: t, Errors: tutorValidator.Validate(TutorForm.From(t)).Errors))
                .FirstOrDefault(t => t.Errors.Count > 0);
            if (tutorError.Tutor is not null)
            {
                var error = tutorError.Errors[0];
                var where = record.Tutors.FirstOrDefault(t => SearchText.Key(t.LastName, t.FirstName) == SearchText.Key(tutorError.Tutor.LastName, tutorError.Tutor.FirstName))?.Where ?? record.Where;
                plan.Add(PlanEntry.Rejected(where, label, TutorColumns.GetValueOrDefault(error.PropertyName, error.PropertyName),
                    $"Tuteur {tutorError.Tutor.FullName} : {error.ErrorMessage}"));
                continue;
            }

            if (stored is null)
            {
                plan.Creates.Add(record);
                plan.Add(new PlanEntry(ImportOutcome.Create, record.Where, label,
                    after.Tutors.Select(t => new FieldChange("Tuteur ajouté", null, t.FullName)).ToList()));
                continue;
            }
            var changes = Changes(stored, after);
            if (changes.Count == 0)
            {
                plan.Add(new PlanEntry(ImportOutcome.Unchanged, record.Where, label, []));
            }
            else
            {
                plan.Updates.Add((stored.Id, record));
                plan.Add(new PlanEntry(ImportOutcome.Update, record.Where, label, changes));
            }
        }
        return plan;
    }

    /// <summary>Writes a host record (and its tutors) onto a host organisation: new, stored, or a copy for the preview.</summary>
    public static void Apply(HostOrganisation h, HostRecord r)
    {
        var d = h.Details;
        h.UpdateDetails(new HostDetails(r.Name ?? d.Name, r.Kind ?? d.Kind, r.Siret, r.AddressLine ?? d.AddressLine, r.PostalCode ?? d.PostalCode,
            r.City ?? d.City, r.RepresentativeName ?? d.RepresentativeName, r.RepresentativeFunction ?? d.RepresentativeFunction,
            r.Email ?? d.Email, r.Phone ?? d.Phone, r.Insurer ?? d.Insurer, r.InsurancePolicyNumber ?? d.InsurancePolicyNumber));
        foreach (var t in r.Tutors)
        {
            var key = SearchText.Key(t.LastName, t.FirstName);
            var tutor = h.Tutors.FirstOrDefault(x => SearchText.Key(x.LastName, x.FirstName) == key);
            if (tutor is null) h.AddTutor(t.LastName, t.FirstName, t.Function, t.Email, t.Phone);
            else tutor.UpdateDetails(t.LastName, t.FirstName, t.Function ?? tutor.Function, t.Email ?? tutor.Email, t.Phone ?? tutor.Phone);
        }
    }

    /// <summary>A new host organisation (a company unless the file says otherwise) from an imported record, with its tutors.</summary>
    public static HostOrganisation Create(HostRecord r)
    {
        var host = new HostOrganisation(new HostDetails(null, HostKind.Company, r.Siret, null, null, null, null, null, null, null, null, null));
        Apply(host, r);
        return host;
    }

    private static HostOrganisation Copy(HostOrganisation h)
    {
        var copy = new HostOrganisation(h.Details) { Id = h.Id, SchoolId = h.SchoolId, Version = h.Version };
        if (h.IsArchived) copy.Archive();
        foreach (var t in h.Tutors)
        {
            var tutor = copy.AddTutor(t.LastName, t.FirstName, t.Function, t.Email, t.Phone);
            tutor.Id = t.Id;
            tutor.Version = t.Version;
        }
        return copy;
    }

    private static readonly (string Label, Func<HostOrganisation, string?> Value)[] HostFields =
    [
        ("Nom", h => h.Name), ("Type", h => h.Kind.Label()), ("Adresse", h => h.AddressLine), ("Code postal", h => h.PostalCode), ("Commune", h => h.City),
        ("Représentant", h => h.RepresentativeName), ("Fonction du représentant", h => h.RepresentativeFunction), ("Courriel", h => h.Email),
        ("Téléphone", h => h.Phone), ("Assureur", h => h.Insurer), ("Numéro de contrat", h => h.InsurancePolicyNumber),
    ];

    private static readonly (string Label, Func<Tutor, string?> Value)[] TutorFields =
        [("nom", t => t.LastName), ("prénom", t => t.FirstName), ("fonction", t => t.Function), ("courriel", t => t.Email), ("téléphone", t => t.Phone)];

    private static bool TutorChanged(HostOrganisation stored, Tutor after)
    {
        var before = stored.Tutors.FirstOrDefault(t => t.Id == after.Id);
        return before is null || TutorFields.Any(f => !string.Equals(f.Value(before), f.Value(after), StringComparison.Ordinal));
    }

    private static List<FieldChange> Changes(HostOrganisation before, HostOrganisation after)
    {
        var changes = new List<FieldChange>();
        foreach (var (label, value) in HostFields)
        {
            var (b, a) = (value(before), value(after));
            if (!string.Equals(b, a, StringComparison.Ordinal)) changes.Add(new FieldChange(label, b, a));
        }
        foreach (var tutor in after.Tutors)
        {
            var old = tutor.Id == 0 ? null : before.Tutors.FirstOrDefault(t => t.Id == tutor.Id);
            if (old is null)
            {
                changes.Add(new FieldChange("Tuteur ajouté", null, tutor.FullName));
                continue;
            }
            foreach (var (label, value) in TutorFields)
            {
                var (b, a) = (value(old), value(tutor));
                if (!string.Equals(b, a, StringComparison.Ordinal)) changes.Add(new FieldChange($"Tuteur {old.FullName} : {label}", b, a));
            }
        }
        return changes;
    }
}
