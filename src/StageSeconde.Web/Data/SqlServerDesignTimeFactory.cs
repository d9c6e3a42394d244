using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Data;

/// <summary>Design-time factory for <c>dotnet ef migrations add X --context SqlServerAppDbContext</c> (no server needed).</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer("Server=localhost;Database=StageSeconde;Trusted_Connection=True;TrustServerCertificate=True").Options, NoCurrentUser.Instance);
}
