using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Tests.Support;

/// <summary>
/// The real application on a fresh database of its own, no demo data: a SQLite file migrated at start-up, or in the
/// PostgreSQL run (<see cref="TestProvider"/>) a copy of the migrated template, dropped at the end.
/// One per test class; tests create the data they need with <see cref="TestData"/>.
/// </summary>
public class TestApp : WebApplicationFactory<Program>
{
    public const string Password = "Test-Password-2027!";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stageseconde-tests", Guid.NewGuid().ToString("N"));

    private TestPostgresDatabase? _postgres;

    /// <summary>The SQLite file (the SQLite run only).</summary>
    public string DatabasePath => Path.Combine(_folder, "test.db");

    /// <summary>The application's connection string in the PostgreSQL run, null on SQLite.</summary>
    public string? PostgresConnectionString => _postgres?.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        UseTestDatabase(builder);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Logging:FilePath", Path.Combine(_folder, "logs", "app-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Storage:Path", Path.Combine(_folder, "files"));
        // Every test signs in from the same (absent) address: the sign-in limits are tested by SignInRateLimitTests.
        builder.UseSetting("RateLimits:SignInPerAddress:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:SignInPerAccount:PermitLimit", "1000000");
        // Tests sign in as the Direction with a password only; TwoFactorTests turn the requirement on.
        builder.UseSetting("Security:RequireTwoFactorForDirection", "false");
        // The retention purge anonymises: never on its own in tests, which drive RetentionPurge.RunOnceAsync.
        builder.UseSetting("Retention:Enabled", "false");
    }

    /// <summary>The application's database: the SQLite file, or in the PostgreSQL run a copy of the migrated template.</summary>
    protected void UseTestDatabase(IWebHostBuilder builder)
    {
        if (TestProvider.IsPostgres)
        {
            _postgres ??= PostgresTemplate.CreateDatabase();
            builder.UseSetting("Database:Provider", "PostgreSQL");
            builder.UseSetting("ConnectionStrings:PostgreSQL", _postgres.ConnectionString);
        }
        else
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:SqlitePath", DatabasePath);
        }
    }

    /// <summary>The folder of the application's log files (Serilog, warnings and above).</summary>
    public string LogFolder => Path.Combine(_folder, "logs");

    /// <summary>Runs <paramref name="action"/> on a context that sees every school (no signed-in user).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await action(db);
    }

    public Task WithDbAsync(Func<AppDbContext, Task> action) => WithDbAsync(async db => { await action(db); return 0; });

    /// <summary>Counts rows of a table across all schools.</summary>
    public Task<int> CountAsync<T>() where T : class => WithDbAsync(db => db.Set<T>().IgnoreQueryFilters().CountAsync());

    /// <summary>Adds entities and saves them (school ids must be set by the caller).</summary>
    public async Task<T> AddAsync<T>(T entity) where T : class
    {
        await WithDbAsync(async db => { db.Add(entity); await db.SaveChangesAsync(); });
        return entity;
    }

    /// <summary>
    /// Creates a login with one role; school staff get a staff record too, an académie account the académie of the test
    /// lycées (« Créteil », <see cref="TestData.School"/>) unless <paramref name="academy"/> says otherwise.
    /// </summary>
    public async Task<string> CreateUserAsync(int? schoolId, string role, string? email = null, string? academy = TestData.Academy)
    {
        email ??= $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@test.fr";
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        int? staffId = null;
        if (schoolId is { } sid)
        {
            // Reachable by phone: a referent teacher must be for their conventions to be validated.
            var staff = new StaffMember("Test", Roles.Title(role), Roles.Title(role), email, "0687654321") { SchoolId = sid };
            db.Staff.Add(staff);
            await db.SaveChangesAsync();
            staffId = staff.Id;
        }
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = Roles.Title(role) + " Test", SchoolId = schoolId, StaffMemberId = staffId,
            Academy = role == Roles.Academie ? academy : null };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return email;
    }

    /// <summary>A client signed in as a new user with <paramref name="role"/> in <paramref name="schoolId"/>.</summary>
    public async Task<AppClient> SignInAsAsync(string role, int? schoolId)
    {
        var email = await CreateUserAsync(schoolId, role);
        return await SignInAsync(email);
    }

    public async Task<AppClient> SignInAsync(string email, string password = Password)
    {
        var client = AnonymousClient();
        var response = await client.PostFormAsync("/connexion", "/connexion", new() { ["Email"] = email, ["Password"] = password });
        if (response.Headers.Location?.OriginalString is not { } location || location.StartsWith("/connexion", StringComparison.Ordinal))
            throw new InvalidOperationException($"La connexion de {email} a échoué ({(int)response.StatusCode}).");
        return client;
    }

    public AppClient AnonymousClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        if (_postgres is { } database)
        {
            _postgres = null;
            PostgresTemplate.DropLater(database);
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
