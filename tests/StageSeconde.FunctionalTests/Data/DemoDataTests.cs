using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Home;
using StageSeconde.Web.Infrastructure.Validation;

namespace StageSeconde.FunctionalTests.Data;

/// <summary>The demonstration lycée, seeded once through the application's own container.</summary>
public sealed class DemoDataTests(DemoDataTests.SeededApp app, ITestOutputHelper output) : IClassFixture<DemoDataTests.SeededApp>
{
    public sealed class SeededApp : TestApp, IAsyncLifetime
    {
        public TimeSpan SeedDuration { get; private set; }
        public int Saves { get; private set; }

        public async Task InitializeAsync()
        {
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.SavedChanges += (_, _) => Saves++;
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            var watch = Stopwatch.StartNew();
            await demo.SeedAsync(CancellationToken.None);
            SeedDuration = watch.Elapsed;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Creates_one_lycee_of_the_academie_de_creteil_with_a_current_school_year()
    {
        var school = await app.WithDbAsync(db => db.Schools.SingleAsync());
        Assert.True(FrenchIdentifiers.IsValidUai(school.Uai), $"UAI invalide : {school.Uai}");
        Assert.Equal("Créteil", school.Academy);
        Assert.StartsWith("94", school.PostalCode);
        var year = await app.WithDbAsync(db => db.SchoolYears.IgnoreQueryFilters().SingleAsync());
        Assert.True(year.IsCurrent);
        Assert.Equal(school.Id, year.SchoolId);
    }

    [Fact]
    public async Task The_proviseurs_demo_account_is_the_head_who_signs_conventions()
    {
        var school = await app.WithDbAsync(db => db.Schools.SingleAsync());
        var proviseur = DemoData.Logins.Single(l => l.Role == Roles.Direction).Email;
        var head = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == school.HeadUserId));
        Assert.Equal(proviseur, head.Email);
    }

    [Fact]
    public async Task The_demo_shows_conventions_in_every_state_and_every_kind_of_situation()
    {
        var states = await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Select(a => a.State).Distinct().ToListAsync());
        Assert.Superset(new HashSet<AgreementState> { AgreementState.Draft, AgreementState.Submitted, AgreementState.Refused,
            AgreementState.Validated, AgreementState.InSignature, AgreementState.Signed }, states.ToHashSet());

        var situations = await app.WithDbAsync(db => StudentSituations.LoadAsync(db, db.Students.IgnoreQueryFilters(), CancellationToken.None));
        var seen = situations.Values.Select(s => s.Situation).ToHashSet();
        Assert.Superset(new HashSet<Situation> { Situation.NoSolution, Situation.Searching, Situation.PartiallyCovered, Situation.AgreementInProgress,
            Situation.AgreementSigned, Situation.Snu, Situation.Mobility, Situation.Exempted, Situation.InSchoolProgramme, Situation.Combined }, seen);
        Assert.True(await app.WithDbAsync(db => db.PlacementDeclarations.IgnoreQueryFilters().AnyAsync(d => d.Kind == DeclarationKind.SthrDoesSequence)));
    }

    [Fact]
    public void Seeding_is_batched_rather_than_saved_row_by_row()
    {
        // About 1 000 rows: the school, one batch of records, one of conventions and declarations, then Identity's two saves per login. The time depends on the
        // machine's load (about 0.5 s on an idle 2-core machine), the number of round trips does not.
        output.WriteLine($"Données de démonstration créées en {app.SeedDuration.TotalMilliseconds:0} ms, en {app.Saves} enregistrements.");
        Assert.InRange(app.Saves, 3, 3 + 2 * DemoData.Logins.Count);
    }

    [Fact]
    public async Task Ten_classes_of_about_thirty_students_one_of_them_sthr()
    {
        var classes = await app.WithDbAsync(db => db.Classes.IgnoreQueryFilters()
            .Select(c => new
            {
                c.Code, c.Label, Students = c.Students.Count, Sthr = c.Students.Count(s => s.IsSthr),
                Principals = c.PrincipalTeachers.Select(t => t.Email).ToList(),
            })
            .ToListAsync());

        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"2NDE{n}").Order(), classes.Select(c => c.Code).Order());
        Assert.InRange(classes.Sum(c => c.Students), 270, 340);
        Assert.All(classes, c => Assert.InRange(c.Students, 18, 36));
        var sthr = Assert.Single(classes, c => c.Label.Contains("STHR", StringComparison.Ordinal));
        Assert.Equal(sthr.Students, sthr.Sthr);
        Assert.All(classes.Where(c => c != sthr), c => Assert.Equal(0, c.Sthr));
        Assert.All(classes, c => Assert.InRange(c.Principals.Count, 1, 2));
    }

    [Fact]
    public async Task The_professeur_principal_login_is_principal_teacher_of_2nde1_and_one_more_class()
    {
        var email = DemoData.Logins.Single(l => l.Role == Roles.ProfesseurPrincipal).Email;
        var codes = await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters()
            .Where(s => s.Email == email).SelectMany(s => s.PrincipalOfClasses.Select(c => c.Code)).ToListAsync());

        Assert.Equal(2, codes.Count);
        Assert.Contains("2NDE1", codes);
    }

    [Fact]
    public async Task Every_student_has_a_plausible_birth_date_a_val_de_marne_address_and_one_or_two_guardians()
    {
        var year = await app.WithDbAsync(db => db.SchoolYears.IgnoreQueryFilters().SingleAsync());
        var students = await app.WithDbAsync(db => db.Students.IgnoreQueryFilters().AsNoTracking().Include(s => s.Guardians).ToListAsync());

        Assert.All(students, p =>
        {
            Assert.True(FrenchRules.IsPlausibleSecondeBirthDate(p.BirthDate, year.ObservationStart), $"{p.FullName} : né(e) le {p.BirthDate}");
            Assert.True(p.Ine is null || FrenchIdentifiers.IsValidIne(p.Ine), $"INE invalide : {p.Ine}");
            Assert.True(FrenchIdentifiers.IsValidPostalCode(p.PostalCode) && p.PostalCode!.StartsWith("94", StringComparison.Ordinal), $"{p.PostalCode} {p.City}");
            Assert.InRange(p.Guardians.Count, 1, 2);
            Assert.All(p.Guardians, g =>
            {
                Assert.True(g.MobilePhone is null || (FrenchIdentifiers.IsValidPhone(g.MobilePhone) && g.MobilePhone[..2] is "06" or "07"), g.MobilePhone);
                Assert.True(g.Email is null || FrenchIdentifiers.IsValidEmail(g.Email), g.Email);
            });
        });
        // Ages on the first day of the period: mostly 15 or 16, a few 14 or 17.
        var ages = students.GroupBy(p => p.AgeOn(year.ObservationStart)).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(ages.GetValueOrDefault(15) + ages.GetValueOrDefault(16) >= students.Count * 0.8, string.Join(", ", ages));
        Assert.All(ages.Keys, age => Assert.InRange(age, 14, 18));
        Assert.Equal(students.Count, students.Select(p => p.Ine).Where(i => i is not null).Distinct().Count() + students.Count(p => p.Ine is null));
        Assert.InRange(students.Count(p => p.Ine is null), 1, 3);
    }

    [Fact]
    public async Task A_handful_of_students_have_no_guardian_to_contact()
    {
        var withoutContact = await app.WithDbAsync(db => db.Students.IgnoreQueryFilters()
            .CountAsync(s => !s.Guardians.Any(g => g.IsLegalGuardian && (g.Email != null || g.MobilePhone != null || g.HomePhone != null))));

        Assert.InRange(withoutContact, 3, 10);
    }

    [Fact]
    public async Task About_sixty_hosts_of_every_kind_each_with_a_valid_siret_and_one_or_two_tutors()
    {
        var hosts = await app.WithDbAsync(db => db.HostOrganisations.IgnoreQueryFilters().AsNoTracking().Include(h => h.Tutors).ToListAsync());

        Assert.InRange(hosts.Count, 50, 70);
        Assert.All(hosts, h =>
        {
            Assert.True(FrenchIdentifiers.IsValidSiret(h.Siret), $"SIRET invalide : {h.Name} {h.Siret}");
            Assert.True(FrenchIdentifiers.IsValidPostalCode(h.PostalCode), h.PostalCode);
            Assert.False(string.IsNullOrWhiteSpace(h.RepresentativeName));
            Assert.InRange(h.Tutors.Count, 1, 2);
            Assert.All(h.Tutors, t => Assert.True(t.Email is not null || t.Phone is not null, t.FullName));
        });
        Assert.Equal(hosts.Count, hosts.Select(h => h.Siret).Distinct().Count());
        Assert.Equal(Enum.GetValues<HostKind>().Order(), hosts.Select(h => h.Kind).Distinct().Order());
        Assert.InRange(hosts.Count(h => h.Insurer is null), 1, 8);
    }

    [Fact]
    public async Task About_forty_staff_including_every_demo_login_some_examiners_and_some_unavailable()
    {
        var staff = await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().AsNoTracking().ToListAsync());

        Assert.InRange(staff.Count, 35, 45);
        foreach (var (role, email, name) in DemoData.Logins.Where(l => l.Role != Roles.Academie))
            Assert.Contains(staff, s => s.Email == email && $"{s.FirstName} {s.LastName}" == name);
        Assert.Contains(staff, s => s.Function == "Professeure de SVT");
        var examiners = await app.WithDbAsync(db => db.ExaminerDuties.IgnoreQueryFilters().Select(d => d.StaffMemberId).Distinct().CountAsync());
        Assert.InRange(examiners, 3, 12);
        Assert.InRange(staff.Count(s => !s.AvailableDuringPeriod), 1, 6);
    }

    public static TheoryData<string, string> Logins()
    {
        var data = new TheoryData<string, string>();
        foreach (var (role, email, _) in DemoData.Logins) data.Add(role, email);
        return data;
    }

    [Theory]
    [MemberData(nameof(Logins))]
    public async Task Every_demo_login_signs_in_and_lands_on_its_home(string role, string email)
    {
        using var client = await app.SignInAsync(email, DemoData.Password);

        var root = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        var (action, controller) = RoleHomes.For(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "démonstration")));
        var expected = app.Services.GetRequiredService<LinkGenerator>().GetPathByAction(action, controller);
        Assert.Equal(expected, root.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Every_validated_convention_names_a_referent_reachable_by_phone()
    {
        var referents = await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters()
            .Where(a => a.State == AgreementState.Validated || a.State == AgreementState.InSignature || a.State == AgreementState.Signed)
            .Select(a => new { a.Id, Phone = a.ReferentTeacher == null ? null : a.ReferentTeacher.Phone })
            .ToListAsync());

        Assert.NotEmpty(referents);
        Assert.All(referents, r => Assert.False(string.IsNullOrEmpty(r.Phone), $"Convention {r.Id} validée sans référent joignable."));
    }

    [Fact]
    public async Task The_referent_s_students_have_absences_at_every_step_and_follow_up_contacts()
    {
        var referentId = await app.WithDbAsync(db => db.Staff.IgnoreQueryFilters().Where(s => s.Email == "referent@lycee-demo.fr").Select(s => s.Id).SingleAsync());
        var absences = await app.WithDbAsync(db => db.Absences.IgnoreQueryFilters().Include(a => a.Reports).Include(a => a.Agreement).ToListAsync());
        var followUps = await app.WithDbAsync(db => db.FollowUpEntries.IgnoreQueryFilters().ToListAsync());

        Assert.Equal(3, absences.Count);
        Assert.Equal([AbsenceStatus.New, AbsenceStatus.FamilyInformed, AbsenceStatus.Settled], absences.Select(a => a.Status).Order());
        Assert.All(absences, a => Assert.Equal((a.StudentId, referentId), (a.Agreement!.StudentId, a.Agreement.ReferentTeacherId)));
        Assert.All(absences, a => Assert.InRange(a.Day, a.Agreement!.FirstDay, a.Agreement.LastDay));
        Assert.Contains(absences, a => a.Reports.Select(r => r.Source).Order().SequenceEqual([ReportSource.TutorLink, ReportSource.FamilyCall]));
        Assert.Contains(absences, a => a.Justified == true && a.FamilyContactMethod == ContactMethod.Sms);

        Assert.Equal(3, followUps.Count);
        Assert.All(followUps, f => Assert.Equal(referentId, f.ByStaffId));
        Assert.Equal(2, followUps.Select(f => f.StudentId).Distinct().Count());
        var agreementsOfFollowUps = await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters()
            .Where(a => followUps.Select(f => f.AgreementId).Contains(a.Id)).Select(a => new { a.Id, a.StudentId }).ToListAsync());
        Assert.All(followUps, f => Assert.Equal(f.StudentId, agreementsOfFollowUps.Single(a => a.Id == f.AgreementId).StudentId));
    }
}
