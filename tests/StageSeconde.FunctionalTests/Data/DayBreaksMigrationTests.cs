using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Data;

/// <summary>
/// The migration to several breaks a day keeps the timetables on a real SQLite database: going back, each day's first
/// break becomes its lunch break again; going forward, each lunch break becomes the day's first break.
/// </summary>
public sealed class DayBreaksMigrationTests(TestAppWithoutBackgroundWork app) : IClassFixture<TestAppWithoutBackgroundWork>
{
    private const string Before = "20261206185029_SealHeadSignatureAndDatedConvocations";

    [SqliteOnlyFact("la migration DayBreaks n'existe que dans l'historique SQLite (PostgreSQL commence à Initial)")]
    public async Task The_lunch_break_of_each_day_becomes_its_first_break_and_back()
    {
        var world = await SchoolWorld.CreateAsync(app);
        var agreement = await AgreementFactory.CreateAsync(app, world);
        var id = agreement.Id;
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "AgreementDaySchedules" SET "Breaks" = '12:00-13:00;15:30-15:45' WHERE "AgreementId" = {id} AND "Day" = 1"""));

        var down = await app.WithDbAsync(async db =>
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            return await db.Database.SqlQuery<string>(
                $"""SELECT "Day" || '|' || IFNULL("LunchStart", '') || '|' || IFNULL("LunchEnd", '') AS "Value" FROM "AgreementDaySchedules" WHERE "AgreementId" = {id} ORDER BY "Day" """).ToListAsync();
        });
        var up = await app.WithDbAsync(async db =>
        {
            await db.GetService<IMigrator>().MigrateAsync();
            return await db.Database.SqlQuery<string>(
                $"""SELECT "Day" || '|' || "Breaks" AS "Value" FROM "AgreementDaySchedules" WHERE "AgreementId" = {id} ORDER BY "Day" """).ToListAsync();
        });

        Assert.Equal(["1|12:00:00|13:00:00", "2|12:00:00|13:30:00", "3|12:00:00|13:30:00", "4|12:00:00|13:30:00", "5|12:00:00|13:30:00", "6||"], down);
        Assert.Equal(["1|12:00-13:00", "2|12:00-13:30", "3|12:00-13:30", "4|12:00-13:30", "5|12:00-13:30", "6|"], up);
        var stored = await app.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().SingleAsync(a => a.Id == id));
        Assert.Equal([new DayBreak(new(12, 0), new(13, 30))], stored.Schedule.Single(d => d.Day == DayOfWeek.Friday).Breaks);
    }
}
