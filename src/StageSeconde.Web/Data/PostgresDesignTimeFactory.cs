using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Data;

/// <summary>Design-time factory for <c>dotnet ef migrations add X --context PostgresAppDbContext</c> (no server needed).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=stageseconde").Options, NoCurrentUser.Instance);
}
