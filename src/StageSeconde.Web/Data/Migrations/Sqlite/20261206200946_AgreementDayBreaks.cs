using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgreementDayBreaks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Each day's lunch break becomes its first (and only) break, « 12:00-13:00 », before the lunch columns go.
            migrationBuilder.AddColumn<string>(
                name: "Breaks",
                table: "AgreementDaySchedules",
                type: "TEXT",
                maxLength: 36,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(
                """
                UPDATE "AgreementDaySchedules" SET "Breaks" = substr("LunchStart", 1, 5) || '-' || substr("LunchEnd", 1, 5) WHERE "LunchStart" IS NOT NULL AND "LunchEnd" IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "LunchEnd",
                table: "AgreementDaySchedules");

            migrationBuilder.DropColumn(
                name: "LunchStart",
                table: "AgreementDaySchedules");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to one lunch break per day: the first break is kept, any other is lost.
            migrationBuilder.AddColumn<TimeOnly>(
                name: "LunchEnd",
                table: "AgreementDaySchedules",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "LunchStart",
                table: "AgreementDaySchedules",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql(
                """
                UPDATE "AgreementDaySchedules" SET "LunchStart" = substr("Breaks", 1, 5) || ':00', "LunchEnd" = substr("Breaks", 7, 5) || ':00' WHERE "Breaks" <> '';
                """);

            migrationBuilder.DropColumn(
                name: "Breaks",
                table: "AgreementDaySchedules");
        }
    }
}
