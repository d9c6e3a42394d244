using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Data;

/// <summary>Design-time factory for <c>dotnet ef migrations add X --context SqliteAppDbContext</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options, NoCurrentUser.Instance);
}
