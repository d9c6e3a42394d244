using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WeekByWeekSituations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Country",
                table: "PlacementDeclarations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "PlacementDeclarations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Exemption",
                table: "PlacementDeclarations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Organisation",
                table: "PlacementDeclarations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SnuKind",
                table: "PlacementDeclarations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartsOn",
                table: "PlacementDeclarations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Weeks",
                table: "PlacementDeclarations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Withdraws",
                table: "PlacementDeclarations",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Country",
                table: "PlacementDeclarations");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "PlacementDeclarations");

            migrationBuilder.DropColumn(
                name: "Exemption",
                table: "PlacementDeclarations");

            migrationBuilder.DropColumn(
                name: "Organisation",
                table: "PlacementDeclarations");

            migrationBuilder.DropColumn(
                name: "SnuKind",
                table: "PlacementDeclarations");

            migrationBuilder.DropColumn(
                name: "StartsOn",
                table: "PlacementDeclarations");

            migrationBuilder.DropColumn(
                name: "Weeks",
                table: "PlacementDeclarations");

            migrationBuilder.DropColumn(
                name: "Withdraws",
                table: "PlacementDeclarations");
        }
    }
}
