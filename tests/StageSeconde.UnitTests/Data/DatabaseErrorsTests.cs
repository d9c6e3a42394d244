using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StageSeconde.Web.Data;

namespace StageSeconde.UnitTests.Data;

/// <summary>A duplicate is recognised on each provider, and only a duplicate.</summary>
public sealed class DatabaseErrorsTests
{
    private static DbUpdateException Wrapping(Exception inner) => new("Refusé.", inner);

    [Fact]
    public void A_sqlite_unique_or_primary_key_violation_is_a_duplicate()
    {
        Assert.True(Wrapping(new SqliteException("UNIQUE constraint failed", 19, 2067)).IsUniqueViolation());
        Assert.True(Wrapping(new SqliteException("UNIQUE constraint failed", 19, 1555)).IsUniqueViolation());
    }

    [Fact]
    public void A_sqlite_foreign_key_or_not_null_violation_is_not_a_duplicate()
    {
        Assert.False(Wrapping(new SqliteException("FOREIGN KEY constraint failed", 19, 787)).IsUniqueViolation());
        Assert.False(Wrapping(new SqliteException("NOT NULL constraint failed", 19, 1299)).IsUniqueViolation());
    }

    [Fact]
    public void A_postgresql_unique_violation_is_a_duplicate_and_a_value_too_long_is_not()
    {
        Assert.True(Wrapping(new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)).IsUniqueViolation());
        Assert.False(Wrapping(new PostgresException("value too long", "ERROR", "ERROR", PostgresErrorCodes.StringDataRightTruncation)).IsUniqueViolation());
        Assert.False(Wrapping(new PostgresException("foreign key", "ERROR", "ERROR", PostgresErrorCodes.ForeignKeyViolation)).IsUniqueViolation());
    }

    [Fact]
    public void An_update_refused_for_another_reason_is_not_a_duplicate()
    {
        Assert.False(new DbUpdateException("Refusé.").IsUniqueViolation());
        Assert.False(Wrapping(new InvalidOperationException("autre")).IsUniqueViolation());
    }
}
