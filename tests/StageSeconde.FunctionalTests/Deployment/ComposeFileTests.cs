using System.Text.RegularExpressions;

namespace StageSeconde.FunctionalTests.Deployment;

/// <summary>docker-compose.yml is the reference installation: its defaults are those of a real lycée's instance.</summary>
public sealed partial class ComposeFileTests
{
    private static readonly string Compose = File.ReadAllText(Path.Combine(RepositoryRoot(), "docker-compose.yml"));

    [Fact]
    public void The_application_runs_in_Production_without_demo_accounts_by_default()
    {
        Assert.Contains("ASPNETCORE_ENVIRONMENT: ${ASPNETCORE_ENVIRONMENT:-Production}", Compose);
        Assert.Contains("Demo__Seed: ${DEMO_SEED:-false}", Compose);
    }

    [Fact]
    public void Every_published_port_is_bound_to_the_loopback()
    {
        var ports = PublishedPort().Matches(Compose).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(ports);
        Assert.All(ports, port => Assert.StartsWith("127.0.0.1:", port));
    }

    [Fact]
    public void The_public_address_and_the_trusted_proxy_are_set()
    {
        Assert.Contains("App__PublicUrl:", Compose);
        Assert.Contains("ReverseProxy__KnownProxies:", Compose);
    }

    [GeneratedRegex("""^\s+- "([^"]+)"(?:\s+#.*)?$""", RegexOptions.Multiline)]
    private static partial Regex PublishedPort();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "docker-compose.yml"))) return folder.FullName;
        throw new InvalidOperationException("docker-compose.yml introuvable au-dessus du dossier des tests.");
    }
}
