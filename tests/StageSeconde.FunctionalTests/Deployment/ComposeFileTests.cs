using System.Text.RegularExpressions;

namespace StageSeconde.FunctionalTests.Deployment;

/// <summary>
/// docker-compose.yml (SQL Server) and docker-compose.postgres.yml (PostgreSQL, two instances) are the reference
/// installations: their defaults are those of a real instance.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly string Postgres = Read("docker-compose.postgres.yml");

    [Theory]
    [InlineData("docker-compose.yml")]
    [InlineData("docker-compose.postgres.yml")]
    public void The_application_runs_in_Production_without_demo_accounts_by_default(string file)
    {
        var compose = Read(file);
        Assert.Contains("ASPNETCORE_ENVIRONMENT: ${ASPNETCORE_ENVIRONMENT:-Production}", compose);
        Assert.Contains("Demo__Seed: ${DEMO_SEED:-false}", compose);
    }

    [Theory]
    [InlineData("docker-compose.yml")]
    [InlineData("docker-compose.postgres.yml")]
    public void Every_published_port_is_bound_to_the_loopback(string file)
    {
        var ports = PublishedPort().Matches(Read(file)).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(ports);
        Assert.All(ports, port => Assert.StartsWith("127.0.0.1:", port));
    }

    [Theory]
    [InlineData("docker-compose.yml")]
    [InlineData("docker-compose.postgres.yml")]
    public void The_public_address_and_the_trusted_proxy_are_set(string file)
    {
        Assert.Contains("App__PublicUrl:", Read(file));
        Assert.Contains("ReverseProxy__KnownProxies:", Read(file));
    }

    [Fact]
    public void The_postgresql_variant_runs_two_instances_on_postgresql_with_one_shared_folder()
    {
        Assert.Contains("Database__Provider: PostgreSQL", Postgres);
        Assert.Contains("ConnectionStrings__PostgreSQL:", Postgres);
        Assert.Contains("image: postgres:15", Postgres);
        Assert.Contains("pg_isready", Postgres);
        // Both instances are the same service definition, whose folder of uploaded files is one named volume.
        Assert.Contains("app-1: *app", Postgres);
        Assert.Contains("app-2: *app", Postgres);
        Assert.Contains("Storage__Path: /app/App_Data/files", Postgres);
        Assert.Contains("- app-files:/app/App_Data/files", Postgres);
        Assert.Contains("reverse_proxy app-1:8080 app-2:8080", Postgres);
        // The database is reached inside the compose network only.
        Assert.DoesNotContain("5432:", Postgres);
    }

    [Fact]
    public void The_postgresql_variant_holds_no_password_and_needs_one_from_its_env_file()
    {
        // Every password is the variable, required (:?), never a default (:-) nor a literal.
        var passwords = Password().Matches(Postgres).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, passwords.Count);   // the server's and the application's connection string
        Assert.All(passwords, value => Assert.StartsWith("${POSTGRES_PASSWORD:?", value));
        Assert.DoesNotContain("POSTGRES_PASSWORD:-", Postgres);
        // The env file the header tells to create is never committed.
        var ignored = File.ReadAllLines(Path.Combine(RepositoryRoot(), ".gitignore")).Select(l => l.Trim());
        Assert.Contains("postgres.env", ignored);
    }

    [GeneratedRegex("""(?<!\{)(?:POSTGRES_PASSWORD:|Password=)\s*([^\s;"]+)""")]
    private static partial Regex Password();

    private static string Read(string file) => File.ReadAllText(Path.Combine(RepositoryRoot(), file));

    [GeneratedRegex("""^\s+- "([^"]+)"(?:\s+#.*)?$""", RegexOptions.Multiline)]
    private static partial Regex PublishedPort();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "docker-compose.yml"))) return folder.FullName;
        throw new InvalidOperationException("docker-compose.yml introuvable au-dessus du dossier des tests.");
    }
}
