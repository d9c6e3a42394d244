using Microsoft.EntityFrameworkCore;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.FunctionalTests.Data;

/// <summary>
/// "The students a staff member follows", asked of a real SQLite database: everyone for the CPE, the direction and the
/// secrétariat; the students of their classes for a professeur principal; the students whose current convention names
/// them for a referent; the union for several roles; nobody for anyone else, and never another school's.
/// </summary>
public sealed class FollowedByStaffTests(TestApp app) : IClassFixture<TestApp>
{
    private sealed record Scene(SchoolWorld World, StaffMember Principal, StaffMember Referent, Student InPrincipalsClass, Student Refereed, Student Cancelled, Student Other);

    private async Task<Scene> SceneAsync()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var principal = await app.AddAsync(TestData.Staff(world.School.Id, "Principale"));
        var referent = await app.AddAsync(TestData.Staff(world.School.Id, "Referent"));
        var otherClass = await app.AddAsync(TestData.Class(world.School.Id));
        await app.WithDbAsync(async db =>
        {
            var schoolClass = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == world.Class.Id);
            schoolClass.AssignPrincipalTeachers([await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == principal.Id)]);
            await db.SaveChangesAsync();
        });

        var refereed = await app.AddAsync(TestData.Student(world.School.Id, otherClass.Id, "Suivi"));
        await AgreementFactory.CreateAsync(app, world.School.Id, refereed.Id, world.Host.Id, terms: AgreementFactory.Terms(referentTeacherId: referent.Id));
        var cancelled = await app.AddAsync(TestData.Student(world.School.Id, otherClass.Id, "Annule"));
        await AgreementFactory.CreateAsync(app, world.School.Id, cancelled.Id, world.Host.Id, AgreementState.Cancelled, AgreementFactory.Terms(referentTeacherId: referent.Id));
        var other = await app.AddAsync(TestData.Student(world.School.Id, otherClass.Id, "Autre"));
        return new Scene(world, principal, referent, world.Student, refereed, cancelled, other);
    }

    private Task<List<int>> FollowedAsync(Scene scene, int? staffId, params string[] roles) =>
        app.WithDbAsync(async _ =>
        {
            var user = new StaffUser(scene.World.School.Id, staffId, roles);
            await using var db = TestProvider.NewContext(app, user);
            return await db.Students.FollowedBy(db, user).Select(s => s.Id).OrderBy(id => id).ToListAsync();
        });

    [Theory]
    [InlineData(Roles.Cpe)]
    [InlineData(Roles.Direction)]
    [InlineData(Roles.Secretariat)]
    public async Task The_cpe_the_direction_and_the_secretariat_follow_every_student_of_their_school_only(string role)
    {
        var scene = await SceneAsync();
        var elsewhere = await SchoolWorld.CreateAsync(app);

        var followed = await FollowedAsync(scene, staffId: null, role);

        Assert.Equal(new[] { scene.InPrincipalsClass.Id, scene.Refereed.Id, scene.Cancelled.Id, scene.Other.Id }.Order(), followed);
        Assert.DoesNotContain(elsewhere.Student.Id, followed);
    }

    [Fact]
    public async Task A_principal_teacher_follows_the_students_of_their_classes()
    {
        var scene = await SceneAsync();

        Assert.Equal([scene.InPrincipalsClass.Id], await FollowedAsync(scene, scene.Principal.Id, Roles.ProfesseurPrincipal));
        Assert.Empty(await FollowedAsync(scene, scene.Referent.Id, Roles.ProfesseurPrincipal));
    }

    [Fact]
    public async Task A_referent_follows_the_students_whose_convention_names_them_unless_it_is_cancelled()
    {
        var scene = await SceneAsync();

        Assert.Equal([scene.Refereed.Id], await FollowedAsync(scene, scene.Referent.Id, Roles.Enseignant));
        Assert.Empty(await FollowedAsync(scene, scene.Principal.Id, Roles.Enseignant));
    }

    [Fact]
    public async Task Several_roles_follow_the_union_and_no_role_follows_nobody()
    {
        var scene = await SceneAsync();
        await app.WithDbAsync(async db =>
        {
            var schoolClass = await db.Classes.IgnoreQueryFilters().Include(c => c.PrincipalTeachers).SingleAsync(c => c.Id == scene.World.Class.Id);
            schoolClass.AssignPrincipalTeachers([await db.Staff.IgnoreQueryFilters().SingleAsync(s => s.Id == scene.Referent.Id)]);
            await db.SaveChangesAsync();
        });

        Assert.Equal(new[] { scene.InPrincipalsClass.Id, scene.Refereed.Id }.Order(),
            await FollowedAsync(scene, scene.Referent.Id, Roles.ProfesseurPrincipal, Roles.Enseignant));
        Assert.Empty(await FollowedAsync(scene, scene.Referent.Id, Roles.Administrateur));
        Assert.Empty(await FollowedAsync(scene, staffId: null, Roles.Enseignant));
    }

    private sealed class StaffUser(int schoolId, int? staffId, string[] roles) : ICurrentUser
    {
        public int? SchoolId => schoolId;
        public int? StaffMemberId => staffId;
        public string? UserName => "personnel@test.fr";
        public bool IsInRole(string role) => roles.Contains(role);
    }
}
