using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Academie;
using StageSeconde.Web.Infrastructure.Outbox;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.FunctionalTests.Data;

/// <summary>
/// The académie's stored figures on each provider (the conditional update, the stamp, the caller's transaction): after each
/// save they equal the full derivation; a transaction rolled back leaves them as they were, and fresh.
/// </summary>
public sealed class SchoolFiguresProviderTests
{
    [PostgresFact]
    public async Task On_postgresql_the_figures_follow_each_save_and_a_rolled_back_transaction()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("academie_figures");
        await FollowEachSaveAsync(() => new PostgresAppDbContext(
            Options<PostgresAppDbContext>(b => b.UseNpgsql(database.ConnectionString, n => n.EnableRetryOnFailure())), NoCurrentUser.Instance));
    }

    [Fact]
    public async Task On_sqlite_the_figures_follow_each_save_and_a_rolled_back_transaction()
    {
        var path = Path.Combine(Path.GetTempPath(), "stageseconde-tests", $"figures-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await FollowEachSaveAsync(() => new SqliteAppDbContext(Options<SqliteAppDbContext>(b => b.UseSqlite($"Data Source={path}")), NoCurrentUser.Instance));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static DbContextOptions<T> Options<T>(Action<DbContextOptionsBuilder<T>> provider) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        provider(builder);
        // The application's interceptors, in its order.
        builder.AddInterceptors(new AuditInterceptor(TimeProvider.System), new PastYearGuard(), new OutboxNotifier(new OutboxSignal()),
            new SchoolFiguresInterceptor(TimeProvider.System, NullLogger<SchoolFiguresInterceptor>.Instance));
        return builder.Options;
    }

    private static async Task FollowEachSaveAsync(Func<AppDbContext> open)
    {
        await using (var db = open()) await db.Database.MigrateAsync();

        async Task CheckAsync(string step)
        {
            await using var db = open();
            var derived = await AcademieStatistics.DeriveAsync(db, TestData.Academy, CancellationToken.None);
            var ids = await db.Schools.ToDictionaryAsync(s => s.Uai, s => s.Id);
            var stored = await db.Set<SchoolFigures>().AsNoTracking().ToDictionaryAsync(f => f.SchoolId);
            Assert.Equal(derived.Schools.Count, stored.Count);
            foreach (var school in derived.Schools)
            {
                var row = stored[ids[school.Uai]];
                Assert.False(row.IsStale, step);
                Assert.Equal((school.Totals, school.SignedAgreements), (row.Totals, row.SignedAgreements));
            }
        }

        var at = DateTimeOffset.UtcNow;
        var by = new Actor("pp@test.fr");
        int schoolId, otherId, agreementId;
        List<int> pupils;
        await using (var db = open())
        {
            // A school created with its first records in one save has its row from that save.
            var school = TestData.School("Lycée Fresnel");
            var other = TestData.School("Lycée Gay-Lussac");
            db.AddRange(school, other);
            await db.SaveChangesAsync();
            (schoolId, otherId) = (school.Id, other.Id);
            foreach (var id in new[] { schoolId, otherId }) db.Add(SchoolYear.Create(id, 2026));
            var schoolClass = TestData.Class(schoolId);
            var otherClass = TestData.Class(otherId);
            db.AddRange(schoolClass, otherClass);
            await db.SaveChangesAsync();
            var students = Enumerable.Range(0, 6).Select(i => TestData.Student(schoolId, schoolClass.Id, $"Fresnel{i}")).ToList();
            db.AddRange(students);
            db.Add(TestData.Student(otherId, otherClass.Id, "GayLussac"));
            var host = TestData.Host(schoolId);
            db.Add(host);
            await db.SaveChangesAsync();
            pupils = students.Select(s => s.Id).ToList();
            var tutor = TestData.Tutor(schoolId, host.Id);
            db.Add(tutor);
            await db.SaveChangesAsync();
            var year = await db.SchoolYears.IgnoreQueryFilters().SingleAsync(y => y.SchoolId == schoolId);
            var agreement = Agreement.Draft(year, students[0], host, tutor, AgreementFactory.Terms(), AgreementFactory.Secretary, at);
            db.Add(agreement);
            db.Add(PlacementDeclaration.Declare(students[1], DeclarationKind.InSchoolProgramme, null, by, at));
            db.Add(PlacementDeclaration.Declare(students[2], new DeclarationRequest(DeclarationKind.Snu, SnuKind: SnuKind.CohesionStay,
                StartsOn: new DateOnly(2027, 6, 14), EndsOn: new DateOnly(2027, 6, 25)), by, at, DeclarationContext.None));
            await db.SaveChangesAsync();
            agreementId = agreement.Id;
        }
        await CheckAsync("élèves, convention et déclarations");
        await using (var db = open())
        {
            Assert.Equal(3, (await db.Set<SchoolFigures>().SingleAsync(f => f.SchoolId == schoolId)).WithSolution);
        }

        // In a transaction rolled back: nothing changes, and the row is not left stale.
        await using (var db = open())
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == pupils[3]);
                db.Add(PlacementDeclaration.Declare(student, DeclarationKind.InSchoolProgramme, null, by, at));
                await db.SaveChangesAsync();
                Assert.Equal(4, (await db.Set<SchoolFigures>().AsNoTracking().SingleAsync(f => f.SchoolId == schoolId)).WithSolution);
                await transaction.RollbackAsync();
            });
        }
        await CheckAsync("transaction annulée");
        await using (var db = open())
        {
            Assert.Equal(3, (await db.Set<SchoolFigures>().SingleAsync(f => f.SchoolId == schoolId)).WithSolution);
        }

        // In a transaction committed, then outside one: a cancelled convention, a pupil who leaves.
        await using (var db = open())
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var agreement = await db.Agreements.IgnoreQueryFilters().SingleAsync(a => a.Id == agreementId);
                agreement.Cancel("L'élève a changé de projet.", by, at);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            });
        }
        await CheckAsync("convention annulée");
        await using (var db = open())
        {
            var student = await db.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == pupils[2]);
            student.Leave(DateOnly.FromDateTime(at.UtcDateTime));
            await db.SaveChangesAsync();
        }
        await CheckAsync("départ d'un élève");
        await using (var db = open())
        {
            var row = await db.Set<SchoolFigures>().SingleAsync(f => f.SchoolId == schoolId);
            Assert.Equal((5, 1), (row.Students, row.WithSolution));
            Assert.Equal(1, (await db.Set<SchoolFigures>().SingleAsync(f => f.SchoolId == otherId)).Students);
        }
    }
}
