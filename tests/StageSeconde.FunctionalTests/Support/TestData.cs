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

    public static School School(string? name = null)
    {
        var n = Next();
        return new School
        {
            Uai = Uai(n), Name = name ?? $"Lycée d'essai n° {n}", AddressLine = "1 rue de l'École", PostalCode = "94000", City = "Créteil",
            HeadName = "Anne Proviseure", HeadEmail = $"ce.{n}@ac-creteil.fr", HeadPhone = "0143000000", Academy = "Créteil",
        };
    }

    public static SchoolClass Class(int schoolId, string? code = null) =>
        new() { SchoolId = schoolId, Code = code ?? $"2NDE{Next()}", Label = "Seconde générale et technologique" };

    public static Student Student(int schoolId, int classId, string? lastName = null, string? firstName = null, DateOnly? birthDate = null) =>
        new()
        {
            SchoolId = schoolId, SchoolClassId = classId, LastName = lastName ?? $"Élève{Next()}", FirstName = firstName ?? "Léa",
            BirthDate = birthDate ?? new DateOnly(2011, 3, 14), Ine = $"{Next() % 1_000_000_000:000000000}AB",
        };

    public static Guardian Guardian(int schoolId, int studentId) =>
        new() { SchoolId = schoolId, StudentId = studentId, LastName = "Parent", FirstName = "Camille", Relationship = GuardianRelationship.Mother, Email = "parent@example.fr", MobilePhone = "0612345678" };

    public static HostOrganisation Host(int schoolId, string? name = null)
    {
        var n = Next();
        return new HostOrganisation
        {
            SchoolId = schoolId, Name = name ?? $"Boulangerie du Marché {n}", Kind = HostKind.Company, Siret = Siret(n),
            AddressLine = "3 place du Marché", PostalCode = "94200", City = "Ivry-sur-Seine",
            RepresentativeName = "Paul Durand", RepresentativeFunction = "Gérant", Email = "contact@boulangerie.fr", Phone = "0145000000",
            Insurer = "MAIF", InsurancePolicyNumber = "POL-123",
        };
    }

    public static Tutor Tutor(int schoolId, int hostId) =>
        new() { SchoolId = schoolId, HostOrganisationId = hostId, LastName = "Martin", FirstName = "Hugo", Function = "Boulanger", Email = "hugo@boulangerie.fr", Phone = "0611223344" };

    public static StaffMember Staff(int schoolId, string? lastName = null) =>
        new() { SchoolId = schoolId, LastName = lastName ?? $"Prof{Next()}", FirstName = "Alex", Email = $"prof{Next()}@ac-creteil.fr", Function = "Professeur de mathématiques" };
}
