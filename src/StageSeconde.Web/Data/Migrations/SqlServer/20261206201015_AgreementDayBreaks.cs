using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.SqlServer
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
                type: "nvarchar(36)",
                maxLength: 36,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(
                """
                UPDATE [AgreementDaySchedules] SET [Breaks] = CONVERT(char(5), [LunchStart], 108) + N'-' + CONVERT(char(5), [LunchEnd], 108) WHERE [LunchStart] IS NOT NULL AND [LunchEnd] IS NOT NULL;
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
                type: "time",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "LunchStart",
                table: "AgreementDaySchedules",
                type: "time",
                nullable: true);

            migrationBuilder.Sql(
                """
                UPDATE [AgreementDaySchedules] SET [LunchStart] = CAST(SUBSTRING([Breaks], 1, 5) AS time), [LunchEnd] = CAST(SUBSTRING([Breaks], 7, 5) AS time) WHERE [Breaks] <> N'';
                """);

            migrationBuilder.DropColumn(
                name: "Breaks",
                table: "AgreementDaySchedules");
        }
    }
}
