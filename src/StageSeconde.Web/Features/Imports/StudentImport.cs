using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// Writes an imported student onto a <see cref="Student"/> (a new one, a stored one, or a copy for the preview): the one place that
/// says which values an import sets, shared by the plan (to compute changed fields) and by the confirmation (to write them).
/// </summary>
public static class StudentImport
{
    public static void Apply(Student s, StudentRecord r)
    {
        s.UpdateDetails(r.Ine ?? s.Ine, r.LastName, r.FirstName, r.BirthDate, s.SchoolClassId, r.IsSthr ?? s.IsSthr);
        if (r.SiecleId is not null) s.LinkToSiecle(r.SiecleId);
        s.UpdateContact(r.Address?.Line ?? s.AddressLine, r.Address?.PostalCode ?? s.PostalCode, r.Address?.City ?? s.City,
            r.Email ?? s.Email, r.Phone ?? s.Phone);
        s.Return();
        foreach (var g in r.Guardians) ApplyGuardian(s, g);
    }

    /// <summary>A new student of the class <paramref name="schoolClassId"/> from an imported record.</summary>
    public static Student Create(StudentRecord r, int schoolClassId)
    {
        var student = new Student(schoolClassId, r.Ine, r.LastName, r.FirstName, r.BirthDate);
        Apply(student, r);
        return student;
    }

    /// <summary>The student's guardian this record is about: same SIECLE person, else same name among those not from SIECLE.</summary>
    public static Guardian? FindGuardian(Student s, GuardianRecord g)
    {
        if (g.SiecleId is not null && s.Guardians.FirstOrDefault(x => x.SiecleId == g.SiecleId) is { } bySiecle) return bySiecle;
        var key = SearchText.Key(g.LastName, g.FirstName);
        return s.Guardians.FirstOrDefault(x => (x.SiecleId is null || g.SiecleId is null) && SearchText.Key(x.LastName, x.FirstName) == key);
    }

    /// <summary>Updates the matching guardian of <paramref name="s"/>, or adds one; returns it.</summary>
    public static Guardian ApplyGuardian(Student s, GuardianRecord g)
    {
        var guardian = FindGuardian(s, g);
        if (guardian is null)
        {
            guardian = new Guardian { StudentId = s.Id, SchoolId = s.SchoolId, Relationship = g.Relationship ?? GuardianRelationship.Other, IsLegalGuardian = g.IsLegalGuardian ?? true };
            s.Guardians.Add(guardian);
        }
        guardian.LastName = g.LastName;
        guardian.FirstName = g.FirstName;
        if (g.SiecleId is not null) guardian.SiecleId = g.SiecleId;
        if (g.Relationship is { } relationship) guardian.Relationship = relationship;
        if (g.IsLegalGuardian is { } legal) guardian.IsLegalGuardian = legal;
        if (g.Email is not null) guardian.Email = g.Email;
        if (g.MobilePhone is not null) guardian.MobilePhone = g.MobilePhone;
        if (g.HomePhone is not null) guardian.HomePhone = g.HomePhone;
        if (g.Address is { } a)
        {
            if (a.Line is not null) guardian.AddressLine = a.Line;
            if (a.PostalCode is not null) guardian.PostalCode = a.PostalCode;
            if (a.City is not null) guardian.City = a.City;
        }
        return guardian;
    }

    /// <summary>A detached copy of a student and its guardians (ids kept), to apply a record to without touching the original.</summary>
    public static Student Copy(Student s)
    {
        var copy = new Student(s.SchoolClassId, s.Ine, s.LastName, s.FirstName, s.BirthDate, s.IsSthr) { Id = s.Id, SchoolId = s.SchoolId, Version = s.Version };
        if (s.SiecleId is not null) copy.LinkToSiecle(s.SiecleId);
        copy.UpdateContact(s.AddressLine, s.PostalCode, s.City, s.Email, s.Phone);
        if (s.LeftOn is { } leftOn) copy.Leave(leftOn);
        copy.Guardians.AddRange(s.Guardians.Select(CopyGuardian));
        return copy;
    }

    public static Guardian CopyGuardian(Guardian g) => new()
    {
        Id = g.Id, SchoolId = g.SchoolId, StudentId = g.StudentId, SiecleId = g.SiecleId, LastName = g.LastName, FirstName = g.FirstName,
        Relationship = g.Relationship, IsLegalGuardian = g.IsLegalGuardian, Email = g.Email, MobilePhone = g.MobilePhone, HomePhone = g.HomePhone,
        AddressLine = g.AddressLine, PostalCode = g.PostalCode, City = g.City, Version = g.Version,
    };

    private static readonly (string Label, Func<Student, string?> Value)[] StudentFields =
    [
        ("Nom", s => s.LastName),
        ("Prénom", s => s.FirstName),
        ("Date de naissance", s => s.BirthDate.FormatFrench()),
        ("INE", s => s.Ine),
        ("Identifiant SIECLE", s => s.SiecleId),
        ("STHR", s => ImportValues.YesNoLabel(s.IsSthr)),
        ("Courriel", s => s.Email),
        ("Téléphone", s => s.Phone),
        ("Adresse", s => s.AddressLine),
        ("Code postal", s => s.PostalCode),
        ("Commune", s => s.City),
        ("Sortie", s => s.LeftOn?.FormatFrench()),
    ];

    private static readonly (string Label, Func<Guardian, string?> Value)[] GuardianFields =
    [
        ("nom", g => g.LastName),
        ("prénom", g => g.FirstName),
        ("lien", g => g.Relationship.Label()),
        ("représentant légal", g => ImportValues.YesNoLabel(g.IsLegalGuardian)),
        ("identifiant SIECLE", g => g.SiecleId),
        ("courriel", g => g.Email),
        ("téléphone portable", g => g.MobilePhone),
        ("téléphone fixe", g => g.HomePhone),
        ("adresse", g => g.AddressLine),
        ("code postal", g => g.PostalCode),
        ("commune", g => g.City),
    ];

    /// <summary>The fields that differ between a student before and after a record was applied (its guardians included).</summary>
    public static List<FieldChange> Changes(Student before, Student after)
    {
        var changes = new List<FieldChange>();
        foreach (var (label, value) in StudentFields)
        {
            var (b, a) = (value(before), value(after));
            if (!string.Equals(b, a, StringComparison.Ordinal)) changes.Add(new FieldChange(label, b, a));
        }
        foreach (var guardian in after.Guardians)
        {
            var old = guardian.Id != 0 ? before.Guardians.FirstOrDefault(g => g.Id == guardian.Id) : null;
            if (old is null)
            {
                changes.Add(new FieldChange("Responsable ajouté", null, $"{guardian.FullName} ({guardian.Relationship.Label().ToLowerInvariant()})"));
                continue;
            }
            changes.AddRange(GuardianChanges(old, guardian, $"Responsable {old.FullName} : "));
        }
        return changes;
    }

    public static IEnumerable<FieldChange> GuardianChanges(Guardian before, Guardian after, string prefix = "")
    {
        foreach (var (label, value) in GuardianFields)
        {
            var (b, a) = (value(before), value(after));
            if (!string.Equals(b, a, StringComparison.Ordinal))
                yield return new FieldChange(prefix.Length == 0 ? char.ToUpperInvariant(label[0]) + label[1..] : prefix + label, b, a);
        }
    }
}
