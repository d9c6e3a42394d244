using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using StageSeconde.Web.Domain;

namespace StageSeconde.Bench;

internal sealed record SeedResult(
    int Schools, int Pupils, int DemoPupils, int Classes, int Staff, int Hosts, int Guardians, int Agreements, int Declarations,
    int Enrolments, int Snapshots, int SchoolsWithAgreements, int PrincipalClassId, TimeSpan Insert, TimeSpan Vacuum, IReadOnlyList<string> Steps);

/// <summary>
/// Fills the database the application has migrated (and filled with its demo lycée and logins) with a country's lycées through
/// binary COPY (<see cref="NpgsqlBinaryImporter"/>): every lycée has its current school year (the demo lycée's), classes of 35,
/// staff (a professeur principal per class and five others), 60 host organisations with a tutor each, pupils (~1 % who left)
/// with one or two guardians. In ~80 % of the lycées (the others have not started yet) pupils get conventions (both weeks, two
/// one-week ones, one week only, or none) in every state, and some pupils without one a declaration (search, SNU, mobility,
/// in-school programme, the last enrolled in the programme for both weeks). Ids are given by the seeder, then the identity
/// sequences are moved past them. Every NOT NULL column the migrations declare is written; unique indexes are respected
/// (UAI, per-lycée SIRET, INE, SIECLE id, staff e-mail, class code, snapshot day). A fixed random seed: two runs measure
/// the same data.
/// </summary>
internal static class NationalSeeder
{
    private const int ClassSize = 35;
    private const int OtherStaff = 5;
    private const int HostsPerSchool = 60;
    private const string By = "benchmark";

    private static readonly string[] FirstNames =
        ["Emma", "Léa", "Chloé", "Inès", "Jade", "Manon", "Camille", "Sarah", "Lina", "Louise", "Zoé", "Maëlys", "Yasmine", "Aminata", "Lucas",
         "Hugo", "Louis", "Gabriel", "Nathan", "Enzo", "Adam", "Rayan", "Yanis", "Moussa", "Théo", "Noé", "Raphaël", "Étienne", "João", "Minh"];
    private static readonly string[] LastNames =
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Mercier", "Garnier", "Faure",
         "Rousseau", "Guérin", "Benali", "Haddad", "Diallo", "Traoré", "N'Diaye", "Camara", "Da Silva", "Ferreira", "Nguyen", "Tran", "Kaya"];
    private static readonly (string Academy, string Town, string Postal)[] Places =
    [
        ("Aix-Marseille", "Marseille", "13001"), ("Amiens", "Amiens", "80000"), ("Besançon", "Besançon", "25000"), ("Bordeaux", "Bordeaux", "33000"),
        ("Clermont-Ferrand", "Clermont-Ferrand", "63000"), ("Corse", "Ajaccio", "20000"), ("Créteil", "Créteil", "94000"), ("Dijon", "Dijon", "21000"),
        ("Grenoble", "Grenoble", "38000"), ("Lille", "Lille", "59000"), ("Limoges", "Limoges", "87000"), ("Lyon", "Lyon", "69001"),
        ("Montpellier", "Montpellier", "34000"), ("Nancy-Metz", "Metz", "57000"), ("Nantes", "Nantes", "44000"), ("Nice", "Nice", "06000"),
        ("Normandie", "Rouen", "76000"), ("Orléans-Tours", "Tours", "37000"), ("Paris", "Paris", "75011"), ("Poitiers", "Poitiers", "86000"),
        ("Reims", "Reims", "51100"), ("Rennes", "Rennes", "35000"), ("Strasbourg", "Strasbourg", "67000"), ("Toulouse", "Toulouse", "31000"),
        ("Versailles", "Versailles", "78000"), ("Guadeloupe", "Pointe-à-Pitre", "97110"), ("Martinique", "Fort-de-France", "97200"),
        ("La Réunion", "Saint-Denis", "97400"),
    ];
    private static readonly string[] Functions = ["Proviseur adjoint", "Conseillère principale d'éducation", "Professeur de SES", "Professeure documentaliste", "Psychologue de l'Éducation nationale"];

    private static readonly (int State, double Weight)[] States =
        [(0, .12), (10, .12), (20, .08), (30, .03), (40, .15), (50, .40), (60, .03), (90, .07)];

    private sealed class GeneratedSchool(int id, int pupils)
    {
        public int Id { get; } = id;
        public int Pupils { get; } = pupils;
        public int YearId { get; set; }
        public List<int> Classes { get; } = [];
        public List<int> Principals { get; } = [];
        public List<(int Host, int Tutor)> Hosts { get; } = [];
        public bool HasStarted { get; set; }
        public int FirstPupilId { get; set; }
    }

    public static async Task<SeedResult> SeedAsync(string connectionString, int schools, int pupils, int snapshotDays, string directionEmail, string principalEmail)
    {
        var steps = new List<string>();
        var watch = Stopwatch.StartNew();
        // No command timeout: a COPY's foreign-key checks run when it completes, minutes at this scale on a loaded machine.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ToString());
        await connection.OpenAsync();

        var demoSchool = await IntAsync(connection, "SELECT \"SchoolId\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = @p", directionEmail.ToUpperInvariant())
                         ?? throw new InvalidOperationException($"Aucun compte {directionEmail} : l'application a-t-elle créé ses données de démonstration ?");
        var principalClass = await IntAsync(connection,
            "SELECT MIN(p.\"PrincipalOfClassesId\") FROM \"AspNetUsers\" u JOIN \"ClassPrincipalTeachers\" p ON p.\"PrincipalTeachersId\" = u.\"StaffMemberId\" WHERE u.\"NormalizedEmail\" = @p",
            principalEmail.ToUpperInvariant()) ?? throw new InvalidOperationException($"{principalEmail} n'est professeur principal d'aucune classe.");
        if ((await IntAsync(connection, "SELECT COUNT(*) FROM \"Schools\""))!.Value > 1)
            throw new InvalidOperationException("La base contient déjà d'autres lycées que celui de démonstration.");
        var demoPupils = (await IntAsync(connection, "SELECT COUNT(*) FROM \"Students\" WHERE \"LeftOn\" IS NULL"))!.Value;

        DateOnly start, end;
        int startYear;
        await using (var command = new NpgsqlCommand("SELECT \"StartYear\", \"ObservationStart\", \"ObservationEnd\" FROM \"SchoolYears\" WHERE \"SchoolId\" = @p AND \"IsCurrent\"", connection))
        {
            command.Parameters.AddWithValue("p", demoSchool);
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync()) throw new InvalidOperationException("Le lycée de démonstration n'a pas d'année scolaire en cours.");
            startYear = reader.GetInt32(0);
            start = reader.GetFieldValue<DateOnly>(1);
            end = reader.GetFieldValue<DateOnly>(2);
        }

        var random = new Random(2027);
        var now = DateTime.UtcNow;
        var generatedSchools = schools - 1;
        var generatedPupils = Math.Max(generatedSchools, pupils - demoPupils);

        // Sizes: 0.6 to 1.4 times the mean, summing to the pupils asked for.
        var weights = Enumerable.Range(0, generatedSchools).Select(_ => 0.6 + 0.8 * random.NextDouble()).ToArray();
        var sum = weights.Sum();
        var sizes = weights.Select(w => Math.Max(1, (int)(generatedPupils * w / sum))).ToArray();
        for (var i = 0; generatedPupils - sizes.Sum() > 0; i = (i + 1) % sizes.Length) sizes[i]++;

        var next = new Dictionary<string, int>();
        foreach (var table in new[] { "Schools", "SchoolYears", "Classes", "Staff", "HostOrganisations", "Tutors", "Students", "Guardians", "Agreements", "PlacementDeclarations", "ProgrammeEnrolments", "PlacementSnapshots" })
            next[table] = ((await IntAsync(connection, $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\""))!.Value) + 1;
        int Next(string table) => next[table]++;

        var existingUai = (await IntAsync(connection, "SELECT COUNT(*) FROM \"Schools\" WHERE \"Uai\" LIKE '08%'"))!.Value;
        if (existingUai > 0) throw new InvalidOperationException("Un UAI commençant par 08 existe déjà : choisissez une autre plage.");
        var sirets = Enumerable.Range(1, 2_000).Select(Siret).ToArray();

        var list = sizes.Select(size => new GeneratedSchool(Next("Schools"), size)).ToList();
        await using var transaction = await connection.BeginTransactionAsync();

        async Task Step(string name, Func<Task<int>> action)
        {
            var step = Stopwatch.StartNew();
            var rows = await action();
            steps.Add($"{name} : {rows.ToString("#,0", CultureInfo.GetCultureInfo("fr-FR"))} lignes en {step.Elapsed.TotalSeconds:0.0} s");
            Console.WriteLine(steps[^1]);
        }

        await Step("Lycées et années scolaires", async () =>
        {
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY \"Schools\" (\"Id\", \"Uai\", \"Name\", \"AddressLine\", \"PostalCode\", \"City\", \"Phone\", \"Email\", \"Sector\", \"Academy\", \"HeadName\", " +
                "\"HeadEmail\", \"OpenOnSaturday\", \"SignatureLinkDays\", \"SignatureReminderDays\", \"StartSignaturesOnValidation\", " +
                "\"CreatedAt\", \"CreatedBy\", \"UpdatedAt\", \"UpdatedBy\", \"Version\") FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var place = Places[i % Places.Length];
                    var digits = (800_000 + i).ToString("0000000", CultureInfo.InvariantCulture);
                    var uai = digits + FrenchIdentifiers.UaiKeyLetter(digits);
                    await copy.StartRowAsync();
                    await Int(copy, list[i].Id);
                    await Text(copy, uai);
                    await Text(copy, $"Lycée n° {i + 1} de {place.Town}");
                    await Text(copy, $"{1 + i % 90} avenue de la République");
                    await Text(copy, place.Postal);
                    await Text(copy, place.Town);
                    await Text(copy, "0140000000");
                    await Text(copy, $"ce.{uai.ToLowerInvariant()}@ac-{Slug(place.Academy)}.fr");
                    await Int(copy, i % 5 == 4 ? 1 : 0);
                    await Text(copy, place.Academy);
                    await Text(copy, "Chef d'établissement");
                    await Text(copy, $"ce.{uai.ToLowerInvariant()}@ac-{Slug(place.Academy)}.fr");
                    await Bool(copy, false);
                    await Int(copy, School.DefaultSignatureLinkDays);
                    await Int(copy, School.DefaultSignatureReminderDays);
                    await Bool(copy, false);
                    await Audit(copy, now);
                }
                await copy.CompleteAsync();
            }
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY \"SchoolYears\" (\"Id\", \"StartYear\", \"ObservationStart\", \"ObservationEnd\", \"IsCurrent\", \"CreatedAt\", \"CreatedBy\", \"UpdatedAt\", \"UpdatedBy\", \"Version\", \"SchoolId\") FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var school in list)
                {
                    school.YearId = Next("SchoolYears");
                    await copy.StartRowAsync();
                    await Int(copy, school.YearId);
                    await Int(copy, startYear);
                    await Date(copy, start);
                    await Date(copy, end);
                    await Bool(copy, true);
                    await Audit(copy, now);
                    await Int(copy, school.Id);
                }
                await copy.CompleteAsync();
            }
            return list.Count * 2;
        });

        await Step("Classes, personnels et professeurs principaux", async () =>
        {
            var rows = 0;
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY \"Classes\" (\"Id\", \"Code\", \"Label\", \"IsArchived\", \"CreatedAt\", \"CreatedBy\", \"UpdatedAt\", \"UpdatedBy\", \"Version\", \"SchoolId\") FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var school in list)
                    for (var c = 1; c <= (school.Pupils + ClassSize - 1) / ClassSize; c++)
                    {
                        var id = Next("Classes");
                        school.Classes.Add(id);
                        await copy.StartRowAsync();
                        await Int(copy, id);
                        await Text(copy, $"2NDE{c}");
                        await Text(copy, "Seconde générale et technologique");
                        await Bool(copy, false);
                        await Audit(copy, now);
                        await Int(copy, school.Id);
                        rows++;
                    }
                await copy.CompleteAsync();
            }
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY \"Staff\" (\"Id\", \"LastName\", \"FirstName\", \"Function\", \"Email\", \"AvailableDuringPeriod\", \"IsArchived\", \"SearchKey\", " +
                "\"CreatedAt\", \"CreatedBy\", \"UpdatedAt\", \"UpdatedBy\", \"Version\", \"SchoolId\") FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var school in list)
                    for (var s = 0; s < school.Classes.Count + OtherStaff; s++)
                    {
                        var id = Next("Staff");
                        if (s < school.Classes.Count) school.Principals.Add(id);
                        var last = LastNames[random.Next(LastNames.Length)];
                        var first = FirstNames[random.Next(FirstNames.Length)];
                        await copy.StartRowAsync();
                        await Int(copy, id);
                        await Text(copy, last);
                        await Text(copy, first);
                        await Text(copy, s < school.Classes.Count ? "Professeur principal" : Functions[s - school.Classes.Count]);
                        await Text(copy, $"personnel{s + 1}.{school.Id}@ac-lycee.fr");
                        await Bool(copy, s % 3 != 0);
                        await Bool(copy, false);
                        await Text(copy, SearchText.Key(last, first));
                        await Audit(copy, now);
                        await Int(copy, school.Id);
                        rows++;
                    }
                await copy.CompleteAsync();
            }
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY \"ClassPrincipalTeachers\" (\"PrincipalOfClassesId\", \"PrincipalTeachersId\") FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var school in list)
                    for (var c = 0; c < school.Classes.Count; c++)
                    {
                        await copy.StartRowAsync();
                        await Int(copy, school.Classes[c]);
                        await Int(copy, school.Principals[c]);
                        rows++;
                    }
                await copy.CompleteAsync();
            }
            return rows;
        });

        await Step("Structures d'accueil et tuteurs", async () =>
        {
            var rows = 0;
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY \"HostOrganisations\" (\"Id\", \"Name\", \"Kind\", \"Siret\", \"AddressLine\", \"PostalCode\", \"City\", \"RepresentativeName\", " +
                "\"RepresentativeFunction\", \"Email\", \"Phone\", \"Insurer\", \"InsurancePolicyNumber\", \"IsArchived\", \"SearchKey\", " +
                "\"CreatedAt\", \"CreatedBy\", \"UpdatedAt\", \"UpdatedBy\", \"Version\", \"SchoolId\") FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var school = list[i];
                    var place = Places[i % Places.Length];
                    var offset = i * 37 % (sirets.Length - HostsPerSchool);
                    for (var h = 0; h < HostsPerSchool; h++)
                    {
                        var id = Next("HostOrganisations");
                        school.Hosts.Add((id, Next("Tutors")));
                        var name = $"Structure d'accueil {offset + h + 1}";
                        await copy.StartRowAsync();
                        await Int(copy, id);
                        await Text(copy, name);
                        await Int(copy, h % 5);
                        await Text(copy, sirets[offset + h]);
                        await Text(copy, "2 rue du Commerce");
                        await Text(copy, place.Postal);
                        await Text(copy, place.Town);
                        await Text(copy, "Camille Durand");
                        await Text(copy, "Gérante");
                        await Text(copy, "contact@example.com");
                        await Text(copy, "0145000000");
                        await Text(copy, "MAIF");
                        await Text(copy, "POL-1");
                        await Bool(copy, false);
                        await Text(copy, SearchText.Key(name, place.Town));
                        await Audit(copy, now);
                        await Int(copy, school.Id);
                        rows++;
                    }
                }
                await copy.CompleteAsync();
            }
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY \"Tutors\" (\"Id\", \"HostOrganisationId\", \"LastName\", \"FirstName\", \"Function\", \"Email\", \"Phone\", " +
                "\"CreatedAt\", \"CreatedBy\", \"UpdatedAt\", \"UpdatedBy\", \"Version\", \"SchoolId\") FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var school in list)
                    foreach (var (host, tutor) in school.Hosts)
                    {
                        await copy.StartRowAsync();
                        await Int(copy, tutor);
                        await Int(copy, host);
                        await Text(copy, "Martin");
                        await Text(copy, "Hugo");
                        await Text(copy, "Responsable");
                        await Text(copy, "tuteur@example.com");
                        await Text(copy, "0611223344");
                        await Audit(copy, now);
                        await Int(copy, school.Id);
                        rows++;
                    }
                await copy.CompleteAsync();
            }
            return rows;
        });

        // Pupils: ids are consecutive per lycée, so that the conventions below need no list of them.
        var leftOn = new DateOnly(startYear, 11, 3);
        var left = new HashSet<int>();
        await Step("Élèves", async () =>
        {
            var rows = 0;
            await using var copy = await connection.BeginBinaryImportAsync(
                "COPY \"Students\" (\"Id\", \"Ine\", \"SiecleId\", \"LastName\", \"FirstName\", \"BirthDate\", \"SchoolClassId\", \"AddressLine\", \"PostalCode\", " +
                "\"City\", \"Email\", \"Phone\", \"IsSthr\", \"LeftOn\", \"SearchKey\", \"CreatedAt\", \"CreatedBy\", \"UpdatedAt\", \"UpdatedBy\", \"Version\", \"SchoolId\") " +
                "FROM STDIN (FORMAT BINARY)");
            for (var i = 0; i < list.Count; i++)
            {
                var school = list[i];
                var place = Places[i % Places.Length];
                school.FirstPupilId = next["Students"];
                for (var p = 0; p < school.Pupils; p++)
                {
                    var id = Next("Students");
                    var last = LastNames[random.Next(LastNames.Length)];
                    var first = FirstNames[random.Next(FirstNames.Length)];
                    var hasLeft = random.NextDouble() < 0.01;
                    if (hasLeft) left.Add(id);
                    await copy.StartRowAsync();
                    await Int(copy, id);
                    await Text(copy, $"{id:0000000000}{(char)('A' + id % 26)}");
                    await Text(copy, (9_000_000 + id).ToString(CultureInfo.InvariantCulture));
                    await Text(copy, last);
                    await Text(copy, first);
                    await Date(copy, new DateOnly(startYear - 15, 1, 1).AddDays(random.Next(365)));
                    await Int(copy, school.Classes[p / ClassSize]);
                    await Text(copy, $"{1 + random.Next(120)} rue Jean-Jaurès");
                    await Text(copy, place.Postal);
                    await Text(copy, place.Town);
                    await Text(copy, $"eleve{id}@exemple.fr");
                    await Text(copy, null);
                    await Bool(copy, false);
                    if (hasLeft) await Date(copy, leftOn); else await copy.WriteNullAsync();
                    await Text(copy, SearchText.Key(last, first));
                    await Audit(copy, now);
                    await Int(copy, school.Id);
                    rows++;
                }
            }
            await copy.CompleteAsync();
            return rows;
        });

        await Step("Responsables légaux", async () =>
        {
            var rows = 0;
            await using var copy = await connection.BeginBinaryImportAsync(
                "COPY \"Guardians\" (\"Id\", \"StudentId\", \"SiecleId\", \"LastName\", \"FirstName\", \"Relationship\", \"IsLegalGuardian\", \"Email\", \"MobilePhone\", " +
                "\"AddressLine\", \"PostalCode\", \"City\", \"CreatedAt\", \"CreatedBy\", \"UpdatedAt\", \"UpdatedBy\", \"Version\", \"SchoolId\") FROM STDIN (FORMAT BINARY)");
            for (var i = 0; i < list.Count; i++)
            {
                var school = list[i];
                var place = Places[i % Places.Length];
                for (var pupil = school.FirstPupilId; pupil < school.FirstPupilId + school.Pupils; pupil++)
                {
                    var count = random.NextDouble() < 0.6 ? 2 : 1;
                    for (var g = 0; g < count; g++)
                    {
                        var id = Next("Guardians");
                        await copy.StartRowAsync();
                        await Int(copy, id);
                        await Int(copy, pupil);
                        await Text(copy, $"R{id}");
                        await Text(copy, LastNames[random.Next(LastNames.Length)]);
                        await Text(copy, g == 0 ? "Camille" : "Marc");
                        await Int(copy, g == 0 ? (int)GuardianRelationship.Mother : (int)GuardianRelationship.Father);
                        await Bool(copy, true);
                        await Text(copy, $"parent{id}@exemple.fr");
                        await Text(copy, $"06{id % 100_000_000:00000000}");
                        await Text(copy, "3 rue Jean-Jaurès");
                        await Text(copy, place.Postal);
                        await Text(copy, place.Town);
                        await Audit(copy, now);
                        await Int(copy, school.Id);
                        rows++;
                    }
                }
            }
            await copy.CompleteAsync();
            return rows;
        });

        foreach (var school in list) school.HasStarted = random.NextDouble() < 0.8;
        var programme = new List<(int School, int Year, int Pupil)>();
        var agreementCount = 0;
        var declarationCount = 0;
        await Step("Conventions", async () =>
        {
            await using var copy = await connection.BeginBinaryImportAsync(
                "COPY \"Agreements\" (\"Id\", \"SchoolYearId\", \"StudentId\", \"Period\", \"FirstDay\", \"LastDay\", \"HostOrganisationId\", \"TutorId\", " +
                "\"RepresentativeName\", \"RepresentativeFunction\", \"AddressLine\", \"PostalCode\", \"City\", \"ReferentTeacherId\", \"PlannedActivities\", " +
                "\"TargetSkills\", \"EvaluationModality\", \"HasPai\", \"State\", \"CancellationReason\", \"CreatedAt\", \"CreatedBy\", \"UpdatedAt\", \"UpdatedBy\", " +
                "\"Version\", \"SchoolId\") FROM STDIN (FORMAT BINARY)");

            async Task Agreement(GeneratedSchool school, int pupil, int period, (int Host, int Tutor) host)
            {
                var (first, last) = period switch { 1 => (start, start.AddDays(4)), 2 => (end.AddDays(-4), end), _ => (start, end) };
                var state = PickState(random);
                await copy.StartRowAsync();
                await Int(copy, Next("Agreements"));
                await Int(copy, school.YearId);
                await Int(copy, pupil);
                await Int(copy, period);
                await Date(copy, first);
                await Date(copy, last);
                await Int(copy, host.Host);
                await Int(copy, host.Tutor);
                await Text(copy, "Camille Durand");
                await Text(copy, "Gérante");
                await Text(copy, "2 rue du Commerce");
                await Text(copy, "94000");
                await Text(copy, "Créteil");
                if (random.NextDouble() < 0.6) await Int(copy, school.Principals[(pupil - school.FirstPupilId) / ClassSize]); else await copy.WriteNullAsync();
                await Text(copy, "Découverte des métiers de la structure.");
                await Int(copy, 15);
                await Text(copy, "Rapport d'étonnement.");
                await Bool(copy, false);
                await Int(copy, state);
                await Text(copy, state == 90 ? "Changement de structure." : null);
                await Audit(copy, now.AddMinutes(-random.Next(60 * 24 * 30)));
                await Int(copy, school.Id);
                agreementCount++;
            }

            var pending = new List<(int School, int Pupil, int Kind)>();
            foreach (var school in list.Where(s => s.HasStarted))
                for (var pupil = school.FirstPupilId; pupil < school.FirstPupilId + school.Pupils; pupil++)
                {
                    if (left.Contains(pupil)) continue;
                    var hosts = school.Hosts;
                    var draw = random.NextDouble();
                    if (draw < 0.50)
                    {
                        await Agreement(school, pupil, 3, hosts[random.Next(hosts.Count)]);
                    }
                    else if (draw < 0.62)
                    {
                        var first = random.Next(hosts.Count);
                        await Agreement(school, pupil, 1, hosts[first]);
                        await Agreement(school, pupil, 2, hosts[(first + 1 + random.Next(hosts.Count - 1)) % hosts.Count]);
                    }
                    else if (draw < 0.71)
                    {
                        await Agreement(school, pupil, random.Next(1, 3), hosts[random.Next(hosts.Count)]);
                    }
                    else
                    {
                        var kind = random.NextDouble() switch { < 0.25 => 1, < 0.35 => 2, < 0.40 => 3, < 0.55 => 5, _ => 0 };
                        if (kind != 0) pending.Add((school.Id, pupil, kind));
                        if (kind == 5) programme.Add((school.Id, school.YearId, pupil));
                    }
                }
            await copy.CompleteAsync();
            await copy.DisposeAsync();

            await using var declare = await connection.BeginBinaryImportAsync(
                "COPY \"PlacementDeclarations\" (\"Id\", \"StudentId\", \"Kind\", \"Note\", \"DeclaredAt\", \"DeclaredBy\", \"CreatedAt\", \"CreatedBy\", " +
                "\"UpdatedAt\", \"UpdatedBy\", \"Version\", \"SchoolId\") FROM STDIN (FORMAT BINARY)");
            foreach (var (school, pupil, kind) in pending)
            {
                var at = now.AddMinutes(-random.Next(60 * 24 * 30));
                await declare.StartRowAsync();
                await Int(declare, Next("PlacementDeclarations"));
                await Int(declare, pupil);
                await Int(declare, kind);
                await Text(declare, kind == 1 ? "A contacté trois structures." : null);
                await Timestamp(declare, at);
                await Text(declare, By);
                await Audit(declare, at);
                await Int(declare, school);
                declarationCount++;
            }
            await declare.CompleteAsync();
            await declare.DisposeAsync();

            await using var enrol = await connection.BeginBinaryImportAsync(
                "COPY \"ProgrammeEnrolments\" (\"Id\", \"SchoolYearId\", \"StudentId\", \"Week\", \"EnrolledAt\", \"EnrolledBy\", \"CreatedAt\", \"CreatedBy\", " +
                "\"UpdatedAt\", \"UpdatedBy\", \"Version\", \"SchoolId\") FROM STDIN (FORMAT BINARY)");
            foreach (var (school, year, pupil) in programme)
                for (var week = 1; week <= 2; week++)
                {
                    await enrol.StartRowAsync();
                    await Int(enrol, Next("ProgrammeEnrolments"));
                    await Int(enrol, year);
                    await Int(enrol, pupil);
                    await Int(enrol, week);
                    await Timestamp(enrol, now);
                    await Text(enrol, By);
                    await Audit(enrol, now);
                    await Int(enrol, school);
                }
            await enrol.CompleteAsync();
            return agreementCount + declarationCount + programme.Count * 2;
        });

        var snapshotCount = 0;
        await Step("Relevés quotidiens", async () =>
        {
            var today = DateOnly.FromDateTime(now);
            await using var copy = await connection.BeginBinaryImportAsync(
                "COPY \"PlacementSnapshots\" (\"Id\", \"Day\", \"PresentStudents\", \"WithSolution\", \"Week1Covered\", \"Week2Covered\", \"Signed\", " +
                "\"CreatedAt\", \"CreatedBy\", \"UpdatedAt\", \"UpdatedBy\", \"Version\", \"SchoolId\") FROM STDIN (FORMAT BINARY)");
            foreach (var school in list.Where(s => s.HasStarted))
                for (var d = snapshotDays; d >= 1; d--)
                {
                    var progress = (snapshotDays - d + 1.0) / (snapshotDays + 1) * (0.9 + random.NextDouble() * 0.1);
                    await copy.StartRowAsync();
                    await Int(copy, Next("PlacementSnapshots"));
                    await Date(copy, today.AddDays(-d));
                    await Int(copy, school.Pupils);
                    await Int(copy, (int)(school.Pupils * 0.7 * progress));
                    await Int(copy, (int)(school.Pupils * 0.75 * progress));
                    await Int(copy, (int)(school.Pupils * 0.72 * progress));
                    await Int(copy, (int)(school.Pupils * 0.3 * progress));
                    await Audit(copy, now);
                    await Int(copy, school.Id);
                    snapshotCount++;
                }
            await copy.CompleteAsync();
            return snapshotCount;
        });

        foreach (var table in next.Keys)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 1) FROM \"{table}\"))", connection, transaction);
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        var insert = watch.Elapsed;

        // What autovacuum would have done by the next morning: statistics for the planner and the visibility map.
        var vacuum = Stopwatch.StartNew();
        await using (var command = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 })
            await command.ExecuteNonQueryAsync();
        vacuum.Stop();
        steps.Add($"VACUUM (ANALYZE) : {vacuum.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine(steps[^1]);

        return new SeedResult(
            (await IntAsync(connection, "SELECT COUNT(*) FROM \"Schools\""))!.Value,
            (await IntAsync(connection, "SELECT COUNT(*) FROM \"Students\" WHERE \"LeftOn\" IS NULL"))!.Value,
            demoPupils,
            (await IntAsync(connection, "SELECT COUNT(*) FROM \"Classes\""))!.Value,
            (await IntAsync(connection, "SELECT COUNT(*) FROM \"Staff\""))!.Value,
            (await IntAsync(connection, "SELECT COUNT(*) FROM \"HostOrganisations\""))!.Value,
            (await IntAsync(connection, "SELECT COUNT(*) FROM \"Guardians\""))!.Value,
            (await IntAsync(connection, "SELECT COUNT(*) FROM \"Agreements\""))!.Value,
            (await IntAsync(connection, "SELECT COUNT(*) FROM \"PlacementDeclarations\""))!.Value,
            (await IntAsync(connection, "SELECT COUNT(*) FROM \"ProgrammeEnrolments\""))!.Value,
            (await IntAsync(connection, "SELECT COUNT(*) FROM \"PlacementSnapshots\""))!.Value,
            list.Count(s => s.HasStarted) + 1,
            principalClass, insert, vacuum.Elapsed, steps);
    }

    private static Task Int(NpgsqlBinaryImporter copy, int value) => copy.WriteAsync(value, NpgsqlDbType.Integer);
    private static Task Bool(NpgsqlBinaryImporter copy, bool value) => copy.WriteAsync(value, NpgsqlDbType.Boolean);
    private static Task Date(NpgsqlBinaryImporter copy, DateOnly value) => copy.WriteAsync(value, NpgsqlDbType.Date);
    private static Task Timestamp(NpgsqlBinaryImporter copy, DateTime value) => copy.WriteAsync(value, NpgsqlDbType.TimestampTz);
    private static Task Text(NpgsqlBinaryImporter copy, string? value) => value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, NpgsqlDbType.Text);

    private static async Task Audit(NpgsqlBinaryImporter copy, DateTime at)
    {
        await Timestamp(copy, at);
        await Text(copy, By);
        await Timestamp(copy, at);
        await Text(copy, By);
        await Int(copy, 1);
    }

    private static int PickState(Random random)
    {
        var draw = random.NextDouble();
        foreach (var (state, weight) in States)
        {
            if (draw < weight) return state;
            draw -= weight;
        }
        return States[^1].State;
    }

    private static string Siret(int n)
    {
        var body = (500_000_000_000L + n).ToString("0000000000000", CultureInfo.InvariantCulture);
        for (var key = 0; key < 10; key++)
            if (FrenchIdentifiers.IsValidSiret(body + key)) return body + key;
        throw new InvalidOperationException("Aucune clé de Luhn trouvée.");
    }

    private static string Slug(string academy) => SearchText.Key(academy).Replace(' ', '-');

    internal static async Task<int?> IntAsync(NpgsqlConnection connection, string sql, object? parameter = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null) command.Parameters.AddWithValue("p", parameter);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? null : Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }
}
