using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure;
using static StageSeconde.Web.Data.DemoCatalog;

namespace StageSeconde.Web.Data;

/// <summary>
/// A fictitious but realistic lycée of the académie de Créteil for demonstrations, created on first start when
/// <c>Demo:Seed</c> is true (Development's default; never in Production unless configured): about 300 students in ten
/// classes of 2nde (one of them STHR) with their guardians, about 60 host organisations with their tutors, about
/// 40 staff members, and one login per role. The random generator is seeded, so the same day gives the same data
/// (stable screenshots); birth dates follow the current school year.
/// </summary>
public sealed class DemoData(AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public const string Password = "Stage-Seconde-2027!";

    public static readonly IReadOnlyList<(string Role, string Email, string Name)> Logins =
    [
        (Roles.Direction, "proviseur@lycee-demo.fr", "Claire Morel"),
        (Roles.ProfesseurPrincipal, ProfesseurPrincipalLogin, "Julien Marchand"),
        (Roles.Enseignant, "referent@lycee-demo.fr", "Sophie Lambert"),
        (Roles.Cpe, "cpe@lycee-demo.fr", "Nadia Benali"),
        (Roles.Secretariat, "secretariat@lycee-demo.fr", "Martine Girard"),
        (Roles.Administrateur, "admin@lycee-demo.fr", "Thomas Roussel"),
        (Roles.Academie, "dafpic@ac-creteil.fr", "Service DAFPIC"),
    ];

    private const int RandomSeed = 94_200;
    private const string StaffDomain = "lycee-demo.fr";
    private static readonly string[] FamilyDomains = ["example.com", "example.net", "example.org"];
    private static readonly string[] LandlinePrefixes = ["0143", "0145", "0146", "0147", "0148", "0149", "0156", "0158"];

    /// <summary>Students whose guardians gave no e-mail and no phone at all: the dashboard must flag them.</summary>
    private const int StudentsWithoutGuardianContact = 6;
    /// <summary>Newly arrived students whose INE is not known yet.</summary>
    private const int StudentsWithoutIne = 2;

    private readonly Random _random = new(RandomSeed);
    /// <summary>The conventions created, in order (their ids are given at the save that follows).</summary>
    private readonly List<Agreement> _conventions = [];
    private readonly HashSet<string> _usedIdentifiers = [];

    public static void PrintLogins(ILogger logger)
    {
        logger.LogInformation("Comptes de démonstration (mot de passe {Password}) :", Password);
        foreach (var (role, email, _) in Logins)
            logger.LogInformation("  {Role,-22} {Email}", Roles.Title(role), email);
    }

    public async Task SeedAsync(CancellationToken ct)
    {
        var school = new School
        {
            Uai = "0949901B", Name = "Lycée Jeanne-Baret (démonstration)", AddressLine = "15 avenue Jean-Jaurès",
            PostalCode = "94200", City = "Ivry-sur-Seine", Phone = "0145213000", Email = "ce.0949901b@ac-creteil.fr",
            Sector = SchoolSector.Public, Academy = "Créteil",
            HeadName = "Claire Morel", HeadEmail = "proviseur@lycee-demo.fr", HeadPhone = "0145213001",
        };
        db.Schools.Add(school);
        await db.SaveChangesAsync(ct);

        var today = clock.TodayInParis();
        var startYear = today.Month >= 9 ? today.Year : today.Year - 1;
        var year = SchoolYear.Create(school.Id, startYear);
        db.SchoolYears.Add(year);

        var staff = CreateStaff(school.Id);
        var classes = CreateClasses(school.Id, staff);
        var students = CreateStudents(school.Id, classes, startYear);
        db.Staff.AddRange(staff.Select(s => s.Member));
        db.Classes.AddRange(classes);
        db.Students.AddRange(students);
        var hosts = CreateHosts(school.Id);
        db.HostOrganisations.AddRange(hosts);
        await db.SaveChangesAsync(ct);
        CreatePlacements(year, students, hosts, staff.Select(s => s.Member).ToList());
        CreateAbsencesAndFollowUps(school, year, staff.Select(s => s.Member).ToList());
        CreateTrendHistory(school.Id, students.Count);
        CreateProgrammeSetup(school.Id, year, staff);
        await db.SaveChangesAsync(ct);
        // Identity saves after each call: without a thousand tracked rows to scan, each save is cheap.
        db.ChangeTracker.Clear();

        await CreateLoginsAsync(school.Id, staff);
        // The proviseur's account is the chef d'établissement who signs conventions in the application.
        var head = await users.FindByEmailAsync(Logins.Single(l => l.Role == Roles.Direction).Email);
        await db.Schools.Where(s => s.Id == school.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.HeadUserId, head!.Id), ct);
        await SeedProgrammeAsync(school.Id, year, ct);
    }

    /// <summary>
    /// The in-school programme as the Direction builds it (proposal confirmed, groups, timetable), once the demonstration
    /// has its catalogue, rooms and supervisors: call it after they are seeded.
    /// </summary>
    private async Task SeedProgrammeAsync(int schoolId, SchoolYear year, CancellationToken ct)
    {
        const string head = "proviseur@lycee-demo.fr";
        await using var scoped = db.ForSchool(schoolId, head);
        await Features.Programme.ProgrammeDemo.SeedAsync(scoped, schoolId, year, new Actor(head), clock.GetUtcNow(), ct);
    }

    private List<(StaffSeed Seed, StaffMember Member)> CreateStaff(int schoolId)
    {
        var staff = new List<(StaffSeed, StaffMember)>();
        foreach (var seed in DemoCatalog.Staff)
        {
            var email = seed.LoginEmail ?? $"{EmailPart(seed.FirstName)}.{EmailPart(seed.LastName)}@{StaffDomain}";
            var isAdministrative = !seed.Function.StartsWith("Professeu", StringComparison.Ordinal);
            // Teachers give a mobile phone (referents must be reachable); offices are reached through the switchboard.
            var phone = isAdministrative ? $"01452130{_random.Next(10, 100)}" : seed.LoginEmail is not null || Chance(0.85) ? MobilePhone() : null;
            var member = new StaffMember(seed.LastName, seed.FirstName, seed.Function, email, phone) { SchoolId = schoolId };
            member.UpdateAvailability(availableDuringPeriod: !seed.Unavailable);
            staff.Add((seed, member));
        }
        return staff;
    }

    /// <summary>
    /// The in-school programme's setup: the académie's catalogue, the rooms, the examiner convocations of the period and
    /// the supervisors (a few half-days off), enough for a timetable of the programme's pupils.
    /// </summary>
    private void CreateProgrammeSetup(int schoolId, SchoolYear year, List<(StaffSeed Seed, StaffMember Member)> staff)
    {
        foreach (var entry in Features.ProgrammeSetup.AcademyCatalogue.Entries)
            db.ProgrammeActivities.Add(new ProgrammeActivity(entry.Name, entry.Theme, entry.Description, entry.Link, entry.LengthInHalfDays,
                entry.RoomKind, entry.MaxGroupSize, entry.SupervisorKind, entry.IsOuting) { SchoolId = schoolId });
        foreach (var (name, kind, capacity) in ProgrammeRooms)
            db.ProgrammeRooms.Add(new ProgrammeRoom(name, kind, capacity) { SchoolId = schoolId });

        var days = ProgrammeCalendar.Days(year, 1).Concat(ProgrammeCalendar.Days(year, 2)).ToList();
        foreach (var (seed, member) in staff)
        {
            foreach (var (day, part, note) in seed.Convocations ?? [])
                db.ExaminerDuties.Add(new ExaminerDuty(schoolId, member.Id, days[day], part, note));
            if (seed.Supervises is not { } kind) continue;
            var supervisor = new ProgrammeSupervisor(year.Id, member.Id, kind) { SchoolId = schoolId };
            // A few declared half-days off: one teacher in four has a training or a meeting on one afternoon.
            if (kind == SupervisorKind.Teacher && Chance(0.25)) supervisor.SetUnavailable([(days[_random.Next(days.Count)], true)]);
            db.ProgrammeSupervisors.Add(supervisor);
        }
    }

    private static readonly (string Name, RoomKind Kind, int Capacity)[] ProgrammeRooms =
    [
        ("CDI", RoomKind.Cdi, 30), ("Salle informatique B12", RoomKind.ComputerRoom, 18), ("Salle informatique B14", RoomKind.ComputerRoom, 18),
        ("Salle A101", RoomKind.Classroom, 35), ("Salle A102", RoomKind.Classroom, 35), ("Salle A103", RoomKind.Classroom, 30),
        ("Amphithéâtre", RoomKind.Hall, 120),
    ];

    private static List<SchoolClass> CreateClasses(int schoolId, List<(StaffSeed Seed, StaffMember Member)> staff)
    {
        var classes = Enumerable.Range(1, 10).Select(n => $"2NDE{n}").Select(code => new SchoolClass(code,
            code == SthrClassCode ? "2nde STHR (hôtellerie et restauration)" : "Seconde générale et technologique") { SchoolId = schoolId }).ToList();

        var byCode = classes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        foreach (var (seed, member) in staff)
            foreach (var code in seed.PrincipalOf ?? [])
                byCode[code].PrincipalTeachers.Add(member);
        return classes;
    }

    private List<Student> CreateStudents(int schoolId, List<SchoolClass> classes, int startYear)
    {
        var students = new List<Student>();
        foreach (var schoolClass in classes)
        {
            var isSthr = schoolClass.Code == SthrClassCode;
            var size = isSthr ? _random.Next(20, 25) : _random.Next(29, 36);
            for (var i = 0; i < size; i++)
                students.Add(CreateStudent(schoolId, schoolClass, isSthr, startYear));
        }

        foreach (var student in PickDistinct(students, StudentsWithoutGuardianContact))
        {
            foreach (var guardian in student.Guardians)
            {
                guardian.Email = null;
                guardian.MobilePhone = null;
                guardian.HomePhone = null;
            }
        }
        foreach (var student in PickDistinct(students.Where(s => !s.IsSthr).ToList(), StudentsWithoutIne))
            student.UpdateDetails(ine: null, student.LastName, student.FirstName, student.BirthDate, student.SchoolClassId, student.IsSthr);
        return students;
    }

    private Student CreateStudent(int schoolId, SchoolClass schoolClass, bool isSthr, int startYear)
    {
        var names = PickWeighted(NameGroups, g => g.Weight);
        var isGirl = Chance(0.5);
        var firstName = Pick(isGirl ? names.Girls : names.Boys);
        var lastName = Pick(names.LastNames);
        var (addressLine, postalCode, city) = HomeAddress();
        var birthDate = BirthDate(startYear);
        var ine = UniqueIdentifier(() => $"{_random.NextInt64(10_000_000_000):0000000000}{(char)('A' + _random.Next(26))}");
        var siecleId = UniqueIdentifier(() => _random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture));
        var phone = Chance(0.65) ? MobilePhone() : null;
        var email = Chance(0.35) ? PersonalEmail(firstName, lastName) : null;
        var student = new Student(schoolClass, ine, lastName, firstName, birthDate, isSthr) { SchoolId = schoolId };
        student.LinkToSiecle(siecleId);
        student.UpdateContact(addressLine, postalCode, city, email, phone);

        var household = _random.NextDouble();
        if (household < 0.68)
        {
            student.Guardians.Add(CreateGuardian(schoolId, student, names, GuardianRelationship.Mother, Chance(0.55) ? lastName : Pick(names.LastNames)));
            student.Guardians.Add(CreateGuardian(schoolId, student, names, GuardianRelationship.Father, lastName, livesApart: Chance(0.12)));
        }
        else if (household < 0.88)
            student.Guardians.Add(CreateGuardian(schoolId, student, names, GuardianRelationship.Mother, Chance(0.4) ? lastName : Pick(names.LastNames)));
        else if (household < 0.94)
            student.Guardians.Add(CreateGuardian(schoolId, student, names, GuardianRelationship.Father, lastName));
        else if (household < 0.97)
            student.Guardians.Add(CreateGuardian(schoolId, student, names, GuardianRelationship.LegalTutor, Pick(names.LastNames)));
        else
        {
            // A mother and a grandparent reachable in her absence (a contact, not a legal guardian).
            student.Guardians.Add(CreateGuardian(schoolId, student, names, GuardianRelationship.Mother, lastName));
            student.Guardians.Add(CreateGuardian(schoolId, student, names, GuardianRelationship.Other, Pick(names.LastNames)));
        }
        return student;
    }

    private Guardian CreateGuardian(int schoolId, Student student, NameGroup names, GuardianRelationship relationship, string lastName, bool livesApart = false)
    {
        var isWoman = relationship switch
        {
            GuardianRelationship.Mother => true,
            GuardianRelationship.Father => false,
            _ => Chance(0.7),
        };
        var firstName = Pick(isWoman ? names.Women : names.Men);
        var (addressLine, postalCode, city) = livesApart ? HomeAddress() : (student.AddressLine, student.PostalCode, student.City);
        var guardian = new Guardian
        {
            SchoolId = schoolId, LastName = lastName, FirstName = firstName,
            Relationship = relationship, IsLegalGuardian = relationship != GuardianRelationship.Other,
            SiecleId = UniqueIdentifier(() => _random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)),
            Email = Chance(0.8) ? PersonalEmail(firstName, lastName) : null,
            MobilePhone = Chance(0.9) ? MobilePhone() : null,
            HomePhone = Chance(0.15) ? Landline() : null,
            AddressLine = addressLine, PostalCode = postalCode, City = city,
        };
        if (guardian.Email is null && guardian.MobilePhone is null) guardian.MobilePhone = MobilePhone();
        return guardian;
    }

    /// <summary>
    /// Most students of 2nde were born in the year the school year starts minus 15 (15 or 16 during the observation
    /// period in June); some repeated a year or arrived late, a few skipped one.
    /// </summary>
    private DateOnly BirthDate(int startYear)
    {
        var draw = _random.NextDouble();
        var yearsBefore = draw switch
        {
            < 0.03 => 14,
            < 0.84 => 15,
            < 0.97 => 16,
            _ => 17,
        };
        var year = startYear - yearsBefore;
        return new DateOnly(year, 1, 1).AddDays(_random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
    }

    private List<HostOrganisation> CreateHosts(int schoolId)
    {
        var hosts = new List<HostOrganisation>();
        foreach (var seed in DemoCatalog.Hosts)
        {
            var town = Towns.Single(t => t.City == seed.City);
            var domain = $"{EmailPart(ShortName(seed.Name))}.example.com";
            var (insurer, policy) = Insurance(seed);
            var siret = Siret(seed.Kind);
            var addressLine = seed.Kind == HostKind.LocalAuthority && seed.Name.StartsWith("Mairie", StringComparison.Ordinal)
                ? "place de l'Hôtel-de-Ville"
                : $"{_random.Next(1, 120)} {Pick(Streets)}";
            var representative = PersonFor(seed.RepresentativeFunction, out _, out _);
            var host = new HostOrganisation(new HostDetails(seed.Name, seed.Kind, siret, addressLine, town.PostalCode, town.City,
                representative, seed.RepresentativeFunction, $"contact@{domain}", Landline(), insurer, policy)) { SchoolId = schoolId };
            foreach (var function in seed.TutorFunctions)
            {
                PersonFor(function, out var firstName, out var lastName);
                var email = Chance(0.85) ? $"{EmailPart(firstName)}.{EmailPart(lastName)}@{domain}" : null;
                host.AddTutor(lastName, firstName, function, email, Chance(0.7) ? MobilePhone() : host.Phone);
            }
            hosts.Add(host);
        }
        return hosts;
    }

    private (string? Insurer, string? Policy) Insurance(HostSeed seed)
    {
        if (seed.WithoutInsurer) return (null, null);
        if (seed.Kind == HostKind.Administration) return (StateInsurer, null);
        var insurer = Pick(seed.Kind switch
        {
            HostKind.Company => CompanyInsurers,
            HostKind.Association => AssociationInsurers,
            _ => PublicInsurers,
        });
        var prefix = new string(insurer.Where(char.IsAsciiLetterUpper).Take(3).ToArray());
        return (insurer, $"{prefix}-{_random.Next(1_000_000, 9_999_999)}");
    }

    /// <summary>
    /// A SIRET with valid keys: a SIREN (8 digits + Luhn key) then a NIC (4 digits + the key of the whole number).
    /// The first digits follow the kind: 2… for public bodies (21 94… for Val-de-Marne's local authorities), 1… for the State.
    /// </summary>
    private string Siret(HostKind kind) => UniqueIdentifier(() =>
    {
        var prefix = kind switch
        {
            HostKind.LocalAuthority => "2194",
            HostKind.PublicInstitution => "26",
            HostKind.Administration => "11",
            HostKind.Association => Pick(["77", "78", "81", "84"]),
            _ => _random.Next(3, 10).ToString(CultureInfo.InvariantCulture),
        };
        var siren = WithKey(prefix + Digits(8 - prefix.Length), FrenchIdentifiers.IsValidSiren);
        var nic = kind == HostKind.Company ? $"000{_random.Next(1, 5)}" : Digits(4);
        return WithKey(siren + nic, FrenchIdentifiers.IsValidSiret);
    });

    private static string WithKey(string body, Func<string, bool> isValid)
    {
        for (var key = 0; key < 10; key++)
        {
            var candidate = body + key.ToString(CultureInfo.InvariantCulture);
            if (isValid(candidate)) return candidate;
        }
        throw new InvalidOperationException($"Pas de clé de Luhn pour {body}.");
    }

    private async Task CreateLoginsAsync(int schoolId, List<(StaffSeed Seed, StaffMember Member)> staff)
    {
        var staffByEmail = staff.ToDictionary(s => s.Member.Email, s => s.Member, StringComparer.Ordinal);
        // One hash for every demo account (they share their published password): hashing is deliberately slow.
        string? passwordHash = null;
        foreach (var (role, email, name) in Logins)
        {
            var user = new ApplicationUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
                SchoolId = role == Roles.Academie ? null : schoolId,
                Academy = role == Roles.Academie ? "Créteil" : null,
                StaffMemberId = staffByEmail.TryGetValue(email, out var member) ? member.Id : null,
            };
            passwordHash ??= users.PasswordHasher.HashPassword(user, Password);
            user.PasswordHash = passwordHash;
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        }
    }

    private (string AddressLine, string PostalCode, string City) HomeAddress()
    {
        var town = PickWeighted(Towns, t => t.Weight);
        var number = _random.Next(1, 160).ToString(CultureInfo.InvariantCulture) + (Chance(0.08) ? " bis" : "");
        var line = $"{number} {Pick(Streets)}";
        var extra = _random.NextDouble();
        if (extra < 0.25) line += $", bât. {(char)('A' + _random.Next(6))}, appt {_random.Next(1, 120)}";
        else if (extra < 0.35) line += $", résidence {Pick(["Les Hautes-Bornes", "Le Parc", "Les Iris", "La Pépinière", "Les Lilas"])}";
        return (line, town.PostalCode, town.City);
    }

    /// <summary>An adult whose first name agrees with the French job title ("Gérante" → a woman, "Boulanger" → a man).</summary>
    private string PersonFor(string function, out string firstName, out string lastName)
    {
        var names = PickWeighted(NameGroups, g => g.Weight);
        var isWoman = IsFeminineTitle(function) ?? Chance(0.5);
        firstName = Pick(isWoman ? names.Women : names.Men);
        lastName = Pick(names.LastNames);
        return $"{firstName} {lastName}";
    }

    private static readonly string[] FeminineEndings = ["ante", "ate", "enne", "rice", "ée", "ale", "ente", "ère", "euse"];
    private static readonly string[] MasculineEndings = ["ant", "at", "ien", "eur", "ent", "ert", "er", "al"];

    /// <summary>True for "Directrice générale", false for "Directeur", null for "Architecte" (either).</summary>
    private static bool? IsFeminineTitle(string function)
    {
        foreach (var word in function.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (FeminineEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal))) return true;
            if (MasculineEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal))) return false;
        }
        return null;
    }

    private string PersonalEmail(string firstName, string lastName)
    {
        var first = EmailPart(firstName);
        var last = EmailPart(lastName);
        var local = _random.Next(4) switch
        {
            0 => $"{first}.{last}",
            1 => $"{first[0]}.{last}",
            2 => $"{last}.{first}{_random.Next(1, 99)}",
            _ => $"{first}{last}{_random.Next(60, 100)}",
        };
        return $"{local}@{Pick(FamilyDomains)}";
    }

    private string MobilePhone() => $"0{(Chance(0.7) ? 6 : 7)}{_random.Next(100_000_000):00000000}";

    private string Landline() => $"{Pick(LandlinePrefixes)}{_random.Next(1_000_000):000000}";

    private string Digits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => _random.Next(10).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Draws identifiers until one is new (INE, SIECLE ids and SIRET must not repeat).</summary>
    private string UniqueIdentifier(Func<string> draw)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var value = draw();
            if (_usedIdentifiers.Add(value)) return value;
        }
        throw new InvalidOperationException("Impossible de tirer un identifiant unique.");
    }

    private static readonly Actor DemoSecretary = new("secretariat@lycee-demo.fr");
    private static readonly Actor DemoHead = new("proviseur@lycee-demo.fr");

    private static readonly string[] Activities =
    [
        "Accueil et présentation de la structure, de ses métiers et de son organisation. Observation du travail des équipes au quotidien, entretien avec le tuteur sur son parcours.",
        "Découverte des différents postes : accueil du public, préparation, gestion des stocks. L'élève observe, pose des questions et tient un carnet de bord.",
        "Observation des activités du service, participation aux réunions d'équipe en tant qu'observateur, rencontre de trois professionnels aux métiers différents.",
        "Découverte de l'entreprise et de son environnement, observation des règles d'hygiène et de sécurité, échanges avec les salariés sur leurs formations.",
    ];

    /// <summary>
    /// Conventions in every state, alternatives and search notes, so that the dashboard, the validation queue and the
    /// boards show what a school sees in the spring: all through the domain's own methods, dated in the past weeks.
    /// </summary>
    private void CreatePlacements(SchoolYear year, List<Student> students, List<HostOrganisation> hosts, List<StaffMember> staff)
    {
        var now = clock.GetUtcNow();
        var today = clock.TodayInParis();
        var teachers = staff.Where(s => s.Function.StartsWith("Professeu", StringComparison.Ordinal)).ToList();
        var usableHosts = hosts.Where(h => h.Tutors.Count > 0).ToList();

        foreach (var student in students.Where(s => !s.IsSthr))
        {
            var roll = _random.NextDouble();
            var daysAgo = _random.Next(3, 40);
            var at = now.AddDays(-daysAgo);
            var signedOn = today.AddDays(-Math.Max(1, daysAgo - 2));
            if (roll < 0.62)
            {
                var host = Pick(usableHosts);
                var (period, state) = roll switch
                {
                    < 0.28 => (PeriodOption.BothWeeks, AgreementState.Signed),
                    < 0.35 => (PeriodOption.BothWeeks, AgreementState.InSignature),
                    < 0.40 => (PeriodOption.BothWeeks, AgreementState.Validated),
                    < 0.48 => (PeriodOption.BothWeeks, AgreementState.Submitted),
                    < 0.50 => (PeriodOption.BothWeeks, AgreementState.Refused),
                    < 0.55 => (PeriodOption.BothWeeks, AgreementState.Draft),
                    _ => (PeriodOption.Week1, AgreementState.Signed),
                };
                var first = Convention(year, student, host, period, state, teachers, at, signedOn);
                // Some pupils signed for week 1 follow the in-school programme in week 2 (« Couvert (solutions combinées) »).
                if (roll is >= 0.55 and < 0.58 && Chance(0.6))
                    Declare(student, new DeclarationRequest(DeclarationKind.InSchoolProgramme, "Pas de structure pour la semaine 2.", Weeks: PeriodOption.Week2), at.AddDays(1));
                if (roll >= 0.58)
                {
                    var other = Pick(usableHosts.Where(h => h.Id != host.Id).ToList());
                    Convention(year, student, other, PeriodOption.Week2, Chance(0.5) ? AgreementState.Signed : AgreementState.Submitted, teachers, at, signedOn, first);
                }
            }
            else if (roll < 0.70) Declare(student, DeclarationKind.Searching, Pick(SearchNotes), at);
            else if (roll < 0.72)
            {
                // A séjour de cohésion over the whole period, or a mission d'intérêt général during week 1 only.
                var stay = Chance(0.5);
                Declare(student, new DeclarationRequest(DeclarationKind.Snu, stay ? "Séjour de cohésion du SNU." : "Mission d'intérêt général à la mairie.",
                    SnuKind: stay ? SnuKind.CohesionStay : SnuKind.GeneralInterestMission,
                    StartsOn: year.Week1Start, EndsOn: stay ? year.Week2End : year.Week1End), at);
            }
            else if (roll < 0.73)
                Declare(student, new DeclarationRequest(DeclarationKind.Mobility, "Mobilité Erasmus+ de trois semaines.",
                    StartsOn: new DateOnly(year.StartYear + 1, 3, 8), EndsOn: new DateOnly(year.StartYear + 1, 3, 26),
                    Country: "Espagne", Organisation: "IES Miguel de Cervantes, Séville"), at);
            else if (roll < 0.76) Declare(student, DeclarationKind.InSchoolProgramme, null, at);
        }

        // An STHR pupil who chooses to do the sequence (the others are exempted by default), still searching.
        if (students.FirstOrDefault(s => s.IsSthr && !s.HasLeft) is { } sthr)
        {
            Declare(sthr, DeclarationKind.SthrDoesSequence, "L'élève souhaite faire la séquence en hôtellerie.", now.AddDays(-12));
            Declare(sthr, DeclarationKind.Searching, "A écrit à deux hôtels du centre-ville.", now.AddDays(-10));
        }
    }

    /// <summary>Who, among the demo logins, is the referent teacher and who is the CPE.</summary>
    private const string ReferentLogin = "referent@lycee-demo.fr";
    private const string CpeLogin = "cpe@lycee-demo.fr";

    /// <summary>
    /// Absences of the referent's students on a day of the sequence, each at a different step — the family informed, justified,
    /// still waiting for the CPE — and the referent's follow-up contacts of the first day, two students left without one.
    /// The day is today during the period, the Tuesday of week 1 otherwise (a period still ahead shows what it will look
    /// like). Everything goes through the domain's methods, at the times of that day (Paris time).
    /// </summary>
    private void CreateAbsencesAndFollowUps(School school, SchoolYear year, List<StaffMember> staff)
    {
        var referent = staff.Single(s => s.Email == ReferentLogin);
        var cpe = staff.Single(s => s.Email == CpeLogin);
        var referentActor = new Actor(ReferentLogin, referent.Id);
        var cpeActor = new Actor(CpeLogin, cpe.Id);

        // Four of the referent's conventions in force for week 1 (others are given to her: no new validation needed).
        var inForce = _conventions
            .Where(a => a.State is AgreementState.Validated or AgreementState.InSignature or AgreementState.Signed && a.FirstDay == year.Week1Start)
            .OrderByDescending(a => a.ReferentTeacherId == referent.Id).ThenBy(a => a.StudentId)
            .Take(4).ToList();
        if (inForce.Count < 4) return;
        foreach (var agreement in inForce) agreement.AssignReferentTeacher(referent.Id);

        var today = clock.TodayInParis();
        var day = today >= year.ObservationStart && today <= year.ObservationEnd && today.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            ? today
            : year.Week1Start.AddDays(1);
        DateTimeOffset At(DateOnly date, int hour, int minute) =>
            new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(hour, minute)), ParisZone), TimeSpan.Zero);
        int AgreementKey(Agreement a) => db.Entry(a).Property(x => x.Id).CurrentValue;
        string Tutor(Agreement a)
        {
            var tutor = db.Tutors.Local.Single(t => t.Id == a.TutorId);
            return $"{tutor.FullName}, {tutor.Function.ToLowerInvariant()}";
        }
        string Guardian(Agreement a) => db.Students.Local.Single(st => st.Id == a.StudentId).Guardians.FirstOrDefault(g => g.IsLegalGuardian) is { } g
            ? $"{g.FirstName} {g.LastName}" : "un responsable légal";
        var hours = SchoolHours.Default;

        // Ill: the tutor reports through the link, the family calls; the CPE acknowledges and records that the family was informed.
        var ill = inForce[0];
        var first = new AbsenceReport(ReportSource.TutorLink, Tutor(ill), "L'élève n'est pas arrivé(e) ce matin et ne répond pas.", DayPart.WholeDay, null, At(day, 9, 20));
        var illness = Absence.Open(school.Id, ill.StudentId, AgreementKey(ill), new AbsenceFacts(day, AbsenceKind.Absence, DayPart.WholeDay, null, null),
            first, hours.AddOpenMinutes(At(day, 9, 20), school.AlertDelayMinutes));
        illness.AddReport(new AbsenceFacts(day, AbsenceKind.Illness, DayPart.WholeDay, null, null),
            new AbsenceReport(ReportSource.FamilyCall, Guardian(ill), "Fièvre depuis cette nuit : reste à la maison aujourd'hui.", DayPart.WholeDay, null, At(day, 9, 40), CpeLogin));
        illness.Acknowledge(cpeActor, At(day, 9, 31));
        illness.RecordFamilyInformed(At(day, 9, 40), ContactMethod.Phone, Guardian(ill), "Famille jointe : l'élève est malade, certificat médical apporté au retour.", cpeActor, At(day, 9, 45));
        db.Absences.Add(illness);

        // Late: the tutor calls; the family is informed by SMS and the CPE marks it justified.
        var late = inForce[1];
        var delay = Absence.Open(school.Id, late.StudentId, AgreementKey(late), new AbsenceFacts(day, AbsenceKind.LateArrival, DayPart.Morning, new TimeOnly(10, 15), null),
            new AbsenceReport(ReportSource.TutorCall, Tutor(late), "Arrivé à 10 h 15, RER A interrompu.", DayPart.Morning, new TimeOnly(10, 15), At(day, 10, 20), CpeLogin),
            hours.AddOpenMinutes(At(day, 10, 20), school.AlertDelayMinutes));
        delay.RecordFamilyInformed(At(day, 10, 35), ContactMethod.Sms, Guardian(late), "Message lu, la famille confirme l'incident de transport.", cpeActor, At(day, 10, 36));
        delay.Justify(true, "Retard dû à l'interruption du RER A (bulletin de retard de la RATP).", cpeActor, At(day, 11, 5));
        db.Absences.Add(delay);

        // Absent this morning, reported by the family: waiting for the CPE.
        var waiting = inForce[2];
        db.Absences.Add(Absence.Open(school.Id, waiting.StudentId, AgreementKey(waiting), new AbsenceFacts(day, AbsenceKind.Absence, DayPart.Morning, null, null),
            new AbsenceReport(ReportSource.FamilyCall, Guardian(waiting), "Rendez-vous chez l'orthodontiste, arrivera vers 13 h 30.", DayPart.Morning, null, At(day, 8, 10), CpeLogin),
            hours.AddOpenMinutes(At(day, 8, 10), school.AlertDelayMinutes)));

        // The referent called the tutors of two students at the end of the first day; the two others wait for a contact.
        var firstDay = year.Week1Start;
        FollowUp(inForce[0], ContactMethod.Phone, At(firstDay, 17, 5), "Appel à la tutrice : bon accueil, l'élève a découvert le service et pose des questions.");
        FollowUp(inForce[1], ContactMethod.Visit, At(firstDay, 16, 30), "Visite sur place : l'élève suit le tuteur à l'accueil ; horaires respectés.");
        FollowUp(inForce[1], ContactMethod.Message, At(day, 11, 30), "Message à l'élève après son retard : rien d'inquiétant, trajet à prévoir plus tôt.");
        return;

        void FollowUp(Agreement agreement, ContactMethod method, DateTimeOffset at, string note) =>
            db.FollowUpEntries.Add(new FollowUpEntry(agreement.StudentId, AgreementKey(agreement), method, at, note, referentActor, at) { SchoolId = school.Id });
    }

    private static readonly TimeZoneInfo ParisZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>
    /// Four weeks of daily snapshots before today, rising as a school's do in the spring, so that the dashboard's trend
    /// chart has a history to show in the demonstration (a real instance builds it one day at a time).
    /// </summary>
    private void CreateTrendHistory(int schoolId, int students)
    {
        var today = clock.TodayInParis();
        for (var daysAgo = 28; daysAgo >= 1; daysAgo--)
        {
            var progress = (28 - daysAgo) / 28.0;
            int Share(double from, double to) => (int)Math.Round(students * (from + (to - from) * progress));
            db.PlacementSnapshots.Add(PlacementSnapshot.Take(schoolId, today.AddDays(-daysAgo),
                new PlacementTotals(students, Share(0.18, 0.60), Share(0.15, 0.52), Share(0.12, 0.49), Share(0.05, 0.28), Share(0, 0.02))));
        }
    }

    private static readonly string[] SearchNotes =
    [
        "A envoyé sa candidature à deux pharmacies du quartier, attend les réponses.",
        "Piste auprès de la mairie (service des espaces verts) ; relancer la semaine prochaine.",
        "Cherche dans l'hôtellerie ; la famille a un contact dans un hôtel de Vincennes.",
        "N'a encore rien trouvé : rendez-vous avec la professeure principale prévu jeudi.",
    ];

    private void Declare(Student student, DeclarationKind kind, string? note, DateTimeOffset at) =>
        db.PlacementDeclarations.Add(PlacementDeclaration.Declare(student, kind, note, DemoSecretary, at));

    /// <summary>How the demo conventions are evaluated: prepared in class, a logbook, a collective sharing back in class (not an individual exposé).</summary>
    public const string DemoEvaluationModality =
        "Préparation en classe avant la séquence ; carnet de bord tenu pendant la séquence et rapport d'étonnement, repris en classe au retour pour une mise en commun collective.";

    /// <summary>Lunch from 12 h to 13 h; the days that start at 8 h 30 also have a short pause from 15 h 30 to 15 h 45.</summary>
    private static DayBreak[] Breaks(TimeOnly morning) => morning == new TimeOnly(8, 30)
        ? [new DayBreak(new TimeOnly(12, 0), new TimeOnly(13, 0)), new DayBreak(new TimeOnly(15, 30), new TimeOnly(15, 45))]
        : [new DayBreak(new TimeOnly(12, 0), new TimeOnly(13, 0))];

    private void Declare(Student student, DeclarationRequest request, DateTimeOffset at) =>
        db.PlacementDeclarations.Add(PlacementDeclaration.Declare(student, request, DemoSecretary, at, DeclarationContext.None));

    private Agreement Convention(SchoolYear year, Student student, HostOrganisation host, PeriodOption period, AgreementState state,
        List<StaffMember> teachers, DateTimeOffset at, DateOnly signedOn, Agreement? sibling = null)
    {
        var morning = Chance(0.5) ? new TimeOnly(9, 0) : new TimeOnly(8, 30);
        var schedule = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new DaySchedule(d, morning, morning.AddHours(7.5), Breaks(morning)))
            .Append(DaySchedule.Off(DayOfWeek.Saturday)).ToList();
        var terms = new AgreementTerms
        {
            Period = period, Schedule = schedule, PlannedActivities = Pick(Activities),
            EvaluationModality = DemoEvaluationModality,
            ReferentTeacherId = state is AgreementState.Draft || Chance(0.2) ? null : Pick(teachers).Id,
            HasPai = Chance(0.03),
        };
        // A convention is validated only once its referent can be reached by phone: the proviseur made sure of it.
        var validated = state is not (AgreementState.Draft or AgreementState.Submitted or AgreementState.Refused);
        var referent = teachers.FirstOrDefault(t => t.Id == terms.ReferentTeacherId);
        if (validated && string.IsNullOrEmpty(referent?.Phone))
        {
            var reachable = teachers.Where(t => t.Phone is not null).ToList();
            referent = reachable[student.Id % reachable.Count];
            terms = terms with { ReferentTeacherId = referent.Id };
        }
        var agreement = Agreement.Draft(year, student, host, host.Tutors[0], terms, DemoSecretary, at);
        db.Agreements.Add(agreement);
        _conventions.Add(agreement);
        if (state == AgreementState.Draft) return agreement;

        var slots = new List<AgreementSlot>();
        if (sibling is not null) slots.Add(sibling.Slot);
        var facts = new AgreementFacts(year, student, slots, referent);
        agreement.Submit(facts, DemoSecretary, at.AddHours(1));
        if (state == AgreementState.Submitted) return agreement;
        if (state == AgreementState.Refused)
        {
            agreement.Refuse("Les horaires du mercredi sont à confirmer avec la structure.", DemoHead, at.AddDays(1));
            return agreement;
        }
        agreement.Validate(facts, DemoHead, at.AddDays(1));
        if (state == AgreementState.Validated) return agreement;

        agreement.RecordSignature(SignatureParty.SchoolHead, signedOn, SignatureMode.Paper, DemoSecretary, at.AddDays(2));
        agreement.RecordSignature(SignatureParty.HostRepresentative, signedOn, SignatureMode.Paper, DemoSecretary, at.AddDays(2));
        var guardian = student.Guardians.FirstOrDefault(g => g.IsLegalGuardian);
        if (state == AgreementState.InSignature || guardian is null) return agreement;
        agreement.RecordSignature(SignatureParty.Student, signedOn, SignatureMode.Paper, DemoSecretary, at.AddDays(2));
        agreement.RecordSignature(SignatureParty.Guardian, signedOn, SignatureMode.Paper, DemoSecretary, at.AddDays(2), guardian.Id);
        return agreement;
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private T PickWeighted<T>(IReadOnlyList<T> items, Func<T, int> weight)
    {
        var draw = _random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            draw -= weight(item);
            if (draw < 0) return item;
        }
        throw new InvalidOperationException("Tirage pondéré impossible.");
    }

    private List<T> PickDistinct<T>(List<T> items, int count) =>
        items.Select(item => (Item: item, Key: _random.Next())).OrderBy(p => p.Key).Take(count).Select(p => p.Item).ToList();

    /// <summary>"Mairie de Vitry-sur-Seine, service communication" → "Mairie de Vitry-sur-Seine".</summary>
    private static string ShortName(string name) => name.Split([',', '('], 2)[0].Trim();

    /// <summary>"N'Diaye" → "ndiaye", "Le Gall" → "le-gall", "Lefèvre" → "lefevre".</summary>
    private static string EmailPart(string text) =>
        SearchText.Normalize(text.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal)).Replace(' ', '-');
}
