using StageSeconde.Web.Domain;

namespace StageSeconde.Tests.Support;

/// <summary>Small builders for test data: valid by default, each test changes only what it is about.</summary>
public static class TestData
{
    private static int _sequence;
    private static int Next() => Interlocked.Increment(ref _sequence);

    /// <summary>A valid UAI: 7 digits and their key letter.</summary>
    public static string Uai(int number)
    {
        var digits = (940000 + number % 10000).ToString("0000000", System.Globalization.CultureInfo.InvariantCulture);
        return digits + FrenchIdentifiers.UaiKeyLetter(digits);
    }

    /// <summary>A valid SIRET: 13 digits and the Luhn key.</summary>
    public static string Siret(int number)
    {
        var body = (40000000000L * 10 + number).ToString("0000000000000", System.Globalization.CultureInfo.InvariantCulture)[..13];
        for (var key = 0; key < 10; key++)
        {
            var candidate = body + key;
            if (FrenchIdentifiers.IsValidSiret(candidate)) return candidate;
        }
        throw new InvalidOperationException("Aucune clé de Luhn trouvée.");
    }

    /// <summary>The académie of the test lycées.</summary>
    public const string Academy = "Créteil";

    public static School School(string? name = null)
    {
        var n = Next();
        return new School
        {
            Uai = Uai(n), Name = name ?? $"Lycée d'essai n° {n}", AddressLine = "1 rue de l'École", PostalCode = "94000", City = "Créteil",
            HeadName = "Anne Proviseure", HeadEmail = $"ce.{n}@ac-creteil.fr", HeadPhone = "0143000000", Academy = Academy,
        };
    }

    public static SchoolClass Class(int schoolId, string? code = null) =>
        new(code ?? $"2NDE{Next()}", "Seconde générale et technologique") { SchoolId = schoolId };

    public static Student Student(int schoolId, int classId, string? lastName = null, string? firstName = null, DateOnly? birthDate = null)
    {
        var lastNameOrNext = lastName ?? $"Élève{Next()}";
        return new(classId, $"{Next() % 1_000_000_000:000000000}AB", lastNameOrNext, firstName ?? "Léa", birthDate ?? new DateOnly(2011, 3, 14)) { SchoolId = schoolId };
    }

    /// <summary>Makes <paramref name="student"/> a student of the STHR series (or not).</summary>
    public static Student Sthr(this Student student, bool isSthr = true)
    {
        student.UpdateDetails(student.Ine, student.LastName, student.FirstName, student.BirthDate, student.SchoolClassId, isSthr);
        return student;
    }

    public static Guardian Guardian(int schoolId, int studentId) =>
        new() { SchoolId = schoolId, StudentId = studentId, LastName = "Parent", FirstName = "Camille", Relationship = GuardianRelationship.Mother, Email = "parent@example.fr", MobilePhone = "0612345678" };

    public static HostOrganisation Host(int schoolId, string? name = null)
    {
        var n = Next();
        return new HostOrganisation(new HostDetails(
            name ?? $"Boulangerie du Marché {n}", HostKind.Company, Siret(n), "3 place du Marché", "94200", "Ivry-sur-Seine",
            "Paul Durand", "Gérant", "contact@boulangerie.fr", "0145000000", "MAIF", "POL-123")) { SchoolId = schoolId };
    }

    public static Tutor Tutor(int schoolId, int hostId) =>
        new(hostId, "Martin", "Hugo", "Boulanger", "hugo@boulangerie.fr", "0611223344") { SchoolId = schoolId };

    /// <summary>A teacher reachable by phone, as a referent must be for a convention to be validated.</summary>
    public static StaffMember Staff(int schoolId, string? lastName = null, string? phone = "0698765432") =>
        new(lastName ?? $"Prof{Next()}", "Alex", "Professeur de mathématiques", $"prof{Next()}@ac-creteil.fr", phone) { SchoolId = schoolId };
}
