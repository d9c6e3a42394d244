using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Web.Data;

namespace StageSeconde.FunctionalTests.Data;

/// <summary>SQL Server cannot be started here: these tests check what can be checked without it.</summary>
public sealed class SqlServerModelTests
{
    private static SqlServerAppDbContext CreateContext() => new SqlServerDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void The_sql_server_migrations_generate_a_script()
    {
        using var db = CreateContext();
        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE [Students]", script);
        Assert.Contains("CREATE TABLE [HostOrganisations]", script);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script);
    }

    [Fact]
    public void The_sql_server_migrations_are_up_to_date_with_the_model()
    {
        using var db = CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "Le modèle a changé sans migration SQL Server : dotnet ef migrations add … --context SqlServerAppDbContext");
    }

    [Fact]
    public void The_sqlite_migrations_are_up_to_date_with_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Le modèle a changé sans migration SQLite : dotnet ef migrations add … --context SqliteAppDbContext");
    }

    [Fact]
    public void The_postgresql_migrations_are_up_to_date_with_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Le modèle a changé sans migration PostgreSQL : dotnet ef migrations add … --context PostgresAppDbContext");
    }

    [Fact]
    public void No_table_is_reached_by_two_cascade_paths()
    {
        using var db = CreateContext();
        var problems = CascadePaths.FindMultiplePaths(db.Model);
        Assert.True(problems.Count == 0, "Chemins de suppression en cascade multiples (refusés par SQL Server) :\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_cascade_check_finds_a_diamond()
    {
        var builder = new ModelBuilder();
        builder.Entity<Root>();
        builder.Entity<Left>().HasOne<Root>().WithMany().HasForeignKey(l => l.RootId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<Right>().HasOne<Root>().WithMany().HasForeignKey(r => r.RootId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<Leaf>().HasOne<Left>().WithMany().HasForeignKey(l => l.LeftId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<Leaf>().HasOne<Right>().WithMany().HasForeignKey(l => l.RightId).OnDelete(DeleteBehavior.Cascade);

        var problems = CascadePaths.FindMultiplePaths(builder.FinalizeModel());

        Assert.Contains(problems, p => p.Contains(nameof(Root)) && p.Contains(nameof(Leaf)));
    }

    private sealed class Root { public int Id { get; set; } }
    private sealed class Left { public int Id { get; set; } public int RootId { get; set; } }
    private sealed class Right { public int Id { get; set; } public int RootId { get; set; } }
    private sealed class Leaf { public int Id { get; set; } public int LeftId { get; set; } public int RightId { get; set; } }
}

/// <summary>Counts the cascade-delete paths between every pair of tables.</summary>
internal static class CascadePaths
{
    public static IReadOnlyList<string> FindMultiplePaths(IReadOnlyModel model)
    {
        var edges = model.GetEntityTypes()
            .SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull)
            .Select(fk => (From: fk.PrincipalEntityType.Name, To: fk.DeclaringEntityType.Name))
            .ToList();
        var problems = new List<string>();
        foreach (var source in edges.Select(e => e.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            Walk(source, 1);
            problems.AddRange(paths.Where(p => p.Value > 1).Select(p => $"{Short(source)} → {Short(p.Key)} : {p.Value} chemins"));

            void Walk(string node, int depth)
            {
                if (depth > 20) { problems.Add($"Cycle de cascade depuis {Short(source)}"); return; }
                foreach (var edge in edges.Where(e => e.From == node))
                {
                    paths[edge.To] = paths.GetValueOrDefault(edge.To) + 1;
                    Walk(edge.To, depth + 1);
                }
            }
        }
        return problems;
    }

    private static string Short(string name) => name[(name.LastIndexOfAny(['.', '+']) + 1)..];
}
