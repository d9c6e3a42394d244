using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.FunctionalTests.Data;

/// <summary>
/// The migration to several breaks a day keeps the existing timetables: each day's lunch break becomes its first break,
/// and going back restores it.
/// </summary>
public sealed class DayBreaksMigrationTests
{
    private const string Before = "20261206185029_SealHeadSignatureAndDatedConvocations";
    private const string Migration = "20261206200946_AgreementDayBreaks";

    [Fact]
    public async Task The_lunch_break_of_each_day_becomes_its_first_break_and_comes_back_on_the_way_down()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options;
        await using var db = new SqliteAppDbContext(options, NoCurrentUser.Instance);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(Before);

        await Execute(connection, "PRAGMA foreign_keys = OFF;");
        await Execute(connection, """
            INSERT INTO "AgreementDaySchedules" ("AgreementId", "Day", "Start", "End", "LunchStart", "LunchEnd") VALUES
              (1, 1, '09:00:00', '16:00:00', '12:00:00', '13:30:00'),
              (1, 2, '09:00:00', '12:00:00', NULL, NULL),
              (1, 6, NULL, NULL, NULL, NULL);
            """);

        await migrator.MigrateAsync(Migration);
        Assert.Equal(["1|12:00-13:30", "2|", "6|"], await Rows(connection, """SELECT "Day" || '|' || "Breaks" FROM "AgreementDaySchedules" ORDER BY "Day";"""));

        await Execute(connection, """UPDATE "AgreementDaySchedules" SET "Breaks" = '12:00-13:00;15:30-15:45' WHERE "Day" = 1;""");
        await migrator.MigrateAsync(Before);
        Assert.Equal(["1|12:00:00|13:00:00", "2||", "6||"],
            await Rows(connection, """SELECT "Day" || '|' || IFNULL("LunchStart", '') || '|' || IFNULL("LunchEnd", '') FROM "AgreementDaySchedules" ORDER BY "Day";"""));
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> Rows(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
