using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Imports;

namespace StageSeconde.Web.Features.Imports;

/// <summary>Turns SIECLE's raw records into cleaned import records, refusing (in French) what cannot be imported.</summary>
public static class SiecleMapping
{
    private const int MaxName = 100;

    public static IReadOnlyList<DivisionInfo> Divisions(SiecleStudentsExport export) =>
        export.Students
            .Where(s => s.Division is not null && s.LeftOn is null)
            .GroupBy(s => s.Division!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new DivisionInfo(g.First().Division!, g.Count(),
                g.Where(s => s.MefCode is not null).GroupBy(s => s.MefCode).OrderByDescending(m => m.Count()).Select(m => m.Key).FirstOrDefault()))
            .OrderBy(d => d.Code, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The divisions preselected as 2nde GT, and as STHR, when the user has not chosen yet.</summary>
    public static DivisionChoice DefaultChoice(IReadOnlyList<DivisionInfo> divisions) =>
        new(divisions.Where(d => d.LooksLikeSeconde).Select(d => d.Code).ToHashSet(StringComparer.OrdinalIgnoreCase),
            divisions.Where(d => d.LooksLikeSthr).Select(d => d.Code).ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>The export date (DATE_EXPORT), the day students absent from it are marked as having left.</summary>
    public static DateOnly? ExportDate(SiecleParameters parameters) => ImportValues.Date(parameters.ExportDate);

    public static (List<StudentRecord> Records, List<StudentSighting> Sightings) Students(SiecleStudentsExport export, DivisionChoice choice)
    {
        var records = new List<StudentRecord>();
        var sightings = new List<StudentSighting>();
        foreach (var s in export.Students)
        {
            var where = $"élève {s.EleveId ?? "sans identifiant"} (ligne {s.Line})";
            var lastName = ImportValues.Text(s.UsageName) ?? ImportValues.Text(s.LastName);
            var firstName = ImportValues.Text(s.FirstName);
            var label = $"{lastName?.ToUpperInvariant() ?? "(sans nom)"} {firstName}".Trim();
            var birthDate = ImportValues.Date(s.BirthDate);
            var (ine, badIne) = ImportValues.Ine(s.Ine);
            StudentSighting Sighting(PlanEntry entry, DateOnly? leftOn = null) => new(entry, s.EleveId, ine, lastName, firstName, birthDate, leftOn);

            if (s.LeftOn is not null)
            {
                var leftOn = ImportValues.Date(s.LeftOn) ?? ExportDate(export.Parameters) ?? DateOnly.MinValue;
                sightings.Add(Sighting(PlanEntry.Ignored(where, label, $"Sorti(e) le {s.LeftOn}."), leftOn));
                continue;
            }
            if (s.Division is null)
            {
                sightings.Add(Sighting(PlanEntry.Ignored(where, label, "Aucune division (classe) dans l'export : non importé(e).")));
                continue;
            }
            if (!choice.Imported.Contains(s.Division))
            {
                sightings.Add(Sighting(PlanEntry.Ignored(where, label, $"Division {s.Division} non retenue.")));
                continue;
            }

            string? field = null, reason = null;
            if (s.EleveId is null) (field, reason) = ("ELEVE_ID", "Identifiant SIECLE de l'élève absent.");
            else if (lastName is null) (field, reason) = ("NOM_DE_FAMILLE", "Nom absent.");
            else if (firstName is null) (field, reason) = ("PRENOM", "Prénom absent.");
            else if (lastName.Length > MaxName) (field, reason) = ("NOM_DE_FAMILLE", $"Nom de plus de {MaxName} caractères.");
            else if (firstName.Length > MaxName) (field, reason) = ("PRENOM", $"Prénom de plus de {MaxName} caractères.");
            else if (birthDate is null) (field, reason) = ("DATE_NAISS", s.BirthDate is null ? "Date de naissance absente." : $"Date de naissance « {s.BirthDate} » illisible (attendu JJ/MM/AAAA).");
            else if (badIne) (field, reason) = ("ID_NATIONAL", $"INE « {s.Ine} » invalide : 10 chiffres et une lettre, ou 9 chiffres et deux lettres.");
            else if (s.EleveId.Length > 20) (field, reason) = ("ELEVE_ID", "Identifiant SIECLE de plus de 20 caractères.");
            if (field is not null)
            {
                sightings.Add(Sighting(PlanEntry.Rejected(where, label, field, reason!)));
                continue;
            }

            AddressValue? address = null;
            if (export.HasAddresses && s.AddressId is not null && export.Addresses.TryGetValue(s.AddressId, out var a)) address = Address(a);
            records.Add(new StudentRecord(
                where, s.EleveId, ine, lastName!, firstName!, birthDate!.Value, s.Division, choice.Sthr.Contains(s.Division),
                ImportValues.Email(s.Email).Value, ImportValues.Phone(s.MobilePhone).Value, address, []));
        }
        return (records, sightings);
    }

    public static (List<GuardianLinkRecord> Links, List<PlanEntry> Rejections) Guardians(SiecleGuardiansExport export)
    {
        var links = new List<GuardianLinkRecord>();
        var rejections = new List<PlanEntry>();
        foreach (var link in export.Links)
        {
            var where = $"lien {link.EleveId ?? "?"}–{link.PersonneId ?? "?"} (ligne {link.Line})";
            if (link.EleveId is null || link.PersonneId is null)
            {
                rejections.Add(PlanEntry.Rejected(where, "(lien incomplet)", link.EleveId is null ? "ELEVE_ID" : "PERSONNE_ID", "Le lien ne désigne pas à la fois un élève et une personne."));
                continue;
            }
            if (!export.Persons.TryGetValue(link.PersonneId, out var person))
            {
                rejections.Add(PlanEntry.Rejected(where, $"personne {link.PersonneId}", "PERSONNE_ID", "Cette personne ne figure pas dans DONNEES/PERSONNES."));
                continue;
            }
            var lastName = ImportValues.Text(person.UsageName) ?? ImportValues.Text(person.LastName);
            var firstName = ImportValues.Text(person.FirstName);
            var label = $"{firstName} {lastName?.ToUpperInvariant()}".Trim();
            if (link.RelationshipCode == "70") continue; // the student himself or herself (adult student): not a guardian
            if (lastName is null || firstName is null)
            {
                rejections.Add(PlanEntry.Rejected(where, label.Length == 0 ? $"personne {link.PersonneId}" : label, lastName is null ? "NOM_DE_FAMILLE" : "PRENOM",
                    lastName is null ? "Nom absent." : "Prénom absent."));
                continue;
            }
            if (lastName.Length > MaxName || firstName.Length > MaxName)
            {
                rejections.Add(PlanEntry.Rejected(where, label, "NOM_DE_FAMILLE", $"Nom ou prénom de plus de {MaxName} caractères."));
                continue;
            }
            if (person.PersonneId.Length > 20)
            {
                rejections.Add(PlanEntry.Rejected(where, label, "PERSONNE_ID", "Identifiant de plus de 20 caractères."));
                continue;
            }

            var home = ImportValues.Phone(person.HomePhone).Value ?? ImportValues.Phone(person.WorkPhone).Value;
            AddressValue? address = person.AddressId is not null && export.Addresses.TryGetValue(person.AddressId, out var a) ? Address(a) : null;
            links.Add(new GuardianLinkRecord(where, link.EleveId, new GuardianRecord(
                person.PersonneId, lastName, firstName, Relationship(link.RelationshipCode), IsLegalGuardian(link),
                ImportValues.Email(person.Email).Value, ImportValues.Phone(person.MobilePhone).Value, home, address)));
        }
        return (links, rejections);
    }

    /// <summary>CODE_PARENTE: 10 mère, 20 père, 50 tuteur; the other codes (ascendant, fratrie, ASE, autre lien…) are « autre ».</summary>
    public static GuardianRelationship Relationship(string? code) => code switch
    {
        "10" => GuardianRelationship.Mother,
        "20" => GuardianRelationship.Father,
        "50" => GuardianRelationship.LegalTutor,
        _ => GuardianRelationship.Other,
    };

    /// <summary>
    /// Legal guardian: NIVEAU_RESPONSABILITE 1 (représentant légal) in current exports; 2 (personne en charge) and 3 (contact) are not.
    /// Older exports: RESP_LEGAL 1 or 2 are legal guardians, 0 is another person. Neither given: not a legal guardian.
    /// </summary>
    public static bool IsLegalGuardian(SiecleGuardianLink link) =>
        link.ResponsibilityLevel is { } level ? level == "1" : link.LegalResponsible is "1" or "2";

    /// <summary>LIGNE1..4 joined, the postal code, and the city (with the country outside France: CODE_PAYS 100 is France).</summary>
    public static AddressValue Address(SiecleAddress a)
    {
        var lines = new[] { a.Line1, a.Line2, a.Line3, a.Line4 }.Select(ImportValues.Text).Where(l => l is not null);
        var line = string.Join(", ", lines);
        var city = ImportValues.Text(a.City);
        var abroad = a.CountryCode is not null && a.CountryCode != "100" && ImportValues.Text(a.CountryName) is { } country ? country : null;
        if (abroad is not null) city = city is null ? abroad : $"{city} ({abroad})";
        return new AddressValue(ImportValues.Cut(line.Length == 0 ? null : line, 300), ImportValues.Cut(ImportValues.Text(a.PostalCode), 10), ImportValues.Cut(city, 100));
    }
}
