using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace StageSeconde.Web.Data;

/// <summary>What a refused write means, the same way on the three providers (docs/decisions/0020-postgresql.md).</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>
    /// Whether the write broke a unique index or a primary key: SQLite's SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY,
    /// PostgreSQL's SQLSTATE 23505, SQL Server's errors 2601 and 2627. Anything else (a value too long, a missing
    /// reference) is another refusal and must not be shown as a duplicate.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception)
    {
        for (Exception? e = exception.InnerException; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode == SqliteConstraint
                           && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;
                case PostgresException postgres:
                    return postgres.SqlState == PostgresErrorCodes.UniqueViolation;
                case SqlException sqlServer:
                    return sqlServer.Number is 2601 or 2627;
            }
        }
        return false;
    }
}
