using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Features.Placement;

/// <summary>
/// A class with a student in every situation (and one who left), for the board's tests; and how to read the board's page.
/// </summary>
public sealed record BoardScenario(SchoolWorld World, SchoolClass Class, IReadOnlyDictionary<string, Student> Students)
{
    /// <summary>Student key → the situation the board must show.</summary>
    public static readonly IReadOnlyDictionary<string, Situation> Expected = new Dictionary<string, Situation>
    {
        ["Nothing"] = Situation.NoSolution,
        ["Nothing2"] = Situation.NoSolution,
        ["Cancelled"] = Situation.NoSolution,
        ["Searching"] = Situation.Searching,
        ["Week1"] = Situation.PartiallyCovered,
        ["Draft"] = Situation.AgreementInProgress,
        ["Signed"] = Situation.AgreementSigned,
        ["Snu"] = Situation.Snu,
        ["Mobility"] = Situation.Mobility,
        ["Sthr"] = Situation.Exempted,
        ["InSchool"] = Situation.InSchoolProgramme,
    };

    public static async Task<BoardScenario> CreateAsync(TestApp app, SchoolWorld world, string code)
    {
        var schoolId = world.School.Id;
        var schoolClass = await app.AddAsync(TestData.Class(schoolId, code));
        var students = new Dictionary<string, Student>();
        // Names in reverse alphabetical order of their keys, so that the board's order is not the order of creation.
        var names = new Dictionary<string, string>
        {
            ["Nothing"] = "Zola", ["Nothing2"] = "Abadie", ["Cancelled"] = "Martin", ["Searching"] = "Dupré", ["Week1"] = "Yilmaz",
            ["Draft"] = "Bernard", ["Signed"] = "Camara", ["Snu"] = "Diallo", ["Mobility"] = "Ernst", ["Sthr"] = "Fabre", ["InSchool"] = "Garnier",
        };
        foreach (var (key, lastName) in names)
        {
            var student = TestData.Student(schoolId, schoolClass.Id, lastName, key == "Nothing2" ? "Éloïse" : "Léa");
            student.Sthr(key == "Sthr");
            students[key] = await app.AddAsync(student);
        }
        var left = TestData.Student(schoolId, schoolClass.Id, "Parti", "Paul");
        left.Leave(new DateOnly(2027, 1, 15));
        students["Left"] = await app.AddAsync(left);

        await app.AddAsync(TestData.Guardian(schoolId, students["Signed"].Id));
        await AgreementFactory.CreateAsync(app, schoolId, students["Week1"].Id, world.Host.Id, AgreementState.Submitted,
            AgreementFactory.Terms(PeriodOption.Week1, referentTeacherId: world.Staff.Id));
        await AgreementFactory.CreateAsync(app, schoolId, students["Draft"].Id, world.Host.Id, AgreementState.Draft);
        await AgreementFactory.CreateAsync(app, schoolId, students["Signed"].Id, world.Host.Id, AgreementState.Signed,
            AgreementFactory.Terms(referentTeacherId: world.Staff.Id));
        await AgreementFactory.CreateAsync(app, schoolId, students["Cancelled"].Id, world.Host.Id, AgreementState.Cancelled);
        await DeclareAsync(app, students["Searching"].Id, DeclarationKind.Searching, "A écrit à trois pharmacies.");
        await DeclareAsync(app, students["Snu"].Id, new DeclarationRequest(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay,
            StartsOn: world.Year.Week1Start, EndsOn: world.Year.Week2End));
        await DeclareAsync(app, students["Mobility"].Id, new DeclarationRequest(DeclarationKind.Mobility, "Échange Erasmus à Séville.",
            StartsOn: new DateOnly(world.Year.StartYear + 1, 3, 1), EndsOn: new DateOnly(world.Year.StartYear + 1, 3, 21), Country: "Espagne", Organisation: "IES Cervantes"));
        await DeclareAsync(app, students["InSchool"].Id, DeclarationKind.InSchoolProgramme, null);
        return new BoardScenario(world, schoolClass, students);
    }

    public static Task DeclareAsync(TestApp app, int studentId, DeclarationKind kind, string? note) =>
        DeclareAsync(app, studentId, new DeclarationRequest(kind, note));

    public static Task DeclareAsync(TestApp app, int studentId, DeclarationRequest request) =>
        app.WithDbAsync(async db =>
        {
            var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == studentId);
            db.Add(PlacementDeclaration.Declare(student, request, new Actor("pp@test.fr"), DateTimeOffset.UtcNow, DeclarationContext.None));
            await db.SaveChangesAsync();
        });

    /// <summary>Signs in a new professeur principal of <paramref name="classIds"/>.</summary>
    public static async Task<AppClient> SignInAsPrincipalOfAsync(TestApp app, int schoolId, params int[] classIds)
    {
        var email = await app.CreateUserAsync(schoolId, Roles.ProfesseurPrincipal);
        await app.WithDbAsync(async db =>
        {
            var staff = await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Email == email);
            var classes = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).Where(c => classIds.Contains(c.Id)).ToListAsync();
            foreach (var schoolClass in classes) schoolClass.PrincipalTeachers.Add(staff);
            await db.SaveChangesAsync();
        });
        return await app.SignInAsync(email);
    }

    // ---- Reading the board ----

    public sealed record Row(int StudentId, string Name, string Situation, string Hosts, string Weeks, string Referent, string LastChange);

    public static IReadOnlyList<Row> Rows(IDocument page) =>
        page.QuerySelectorAll("#suivi tbody tr").Select(tr =>
        {
            var cells = tr.Children.Select(c => c.TextContent.Trim()).ToList();
            return new Row(int.Parse(tr.GetAttribute("data-student")!, System.Globalization.CultureInfo.InvariantCulture),
                cells[0], cells[1], cells[2], string.Join(" | ", tr.Children[3].QuerySelectorAll(".fr-badge[data-week]").Select(b => b.TextContent.Replace('\u00A0', ' ').Trim())),
                cells[4], cells[5]);
        }).ToList();

    /// <summary>The number the summary table shows for a filter (« tous » for every student).</summary>
    public static int SummaryCount(IDocument page, string slug) =>
        int.Parse(page.QuerySelector($"#repartition tr[data-situation='{slug}'] td")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
