using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PeriodAndIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tutors_SchoolId",
                table: "Tutors");

            migrationBuilder.DropIndex(
                name: "IX_Students_SchoolId_Ine",
                table: "Students");

            migrationBuilder.DropIndex(
                name: "IX_Students_SchoolId_SiecleId",
                table: "Students");

            migrationBuilder.DropIndex(
                name: "IX_Guardians_SchoolId",
                table: "Guardians");

            migrationBuilder.DropIndex(
                name: "IX_Guardians_StudentId",
                table: "Guardians");

            migrationBuilder.AddColumn<Guid>(
                name: "CreationRequestId",
                table: "Tutors",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreationRequestId",
                table: "Students",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreationRequestId",
                table: "HostOrganisations",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreationRequestId",
                table: "Guardians",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tutors_SchoolId_CreationRequestId",
                table: "Tutors",
                columns: new[] { "SchoolId", "CreationRequestId" },
                unique: true,
                filter: "[CreationRequestId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Students_SchoolId_CreationRequestId",
                table: "Students",
                columns: new[] { "SchoolId", "CreationRequestId" },
                unique: true,
                filter: "[CreationRequestId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Students_SchoolId_Ine",
                table: "Students",
                columns: new[] { "SchoolId", "Ine" },
                unique: true,
                filter: "[Ine] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Students_SchoolId_SiecleId",
                table: "Students",
                columns: new[] { "SchoolId", "SiecleId" },
                unique: true,
                filter: "[SiecleId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_HostOrganisations_SchoolId_CreationRequestId",
                table: "HostOrganisations",
                columns: new[] { "SchoolId", "CreationRequestId" },
                unique: true,
                filter: "[CreationRequestId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Guardians_SchoolId_CreationRequestId",
                table: "Guardians",
                columns: new[] { "SchoolId", "CreationRequestId" },
                unique: true,
                filter: "[CreationRequestId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Guardians_StudentId_SiecleId",
                table: "Guardians",
                columns: new[] { "StudentId", "SiecleId" },
                unique: true,
                filter: "[SiecleId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tutors_SchoolId_CreationRequestId",
                table: "Tutors");

            migrationBuilder.DropIndex(
                name: "IX_Students_SchoolId_CreationRequestId",
                table: "Students");

            migrationBuilder.DropIndex(
                name: "IX_Students_SchoolId_Ine",
                table: "Students");

            migrationBuilder.DropIndex(
                name: "IX_Students_SchoolId_SiecleId",
                table: "Students");

            migrationBuilder.DropIndex(
                name: "IX_HostOrganisations_SchoolId_CreationRequestId",
                table: "HostOrganisations");

            migrationBuilder.DropIndex(
                name: "IX_Guardians_SchoolId_CreationRequestId",
                table: "Guardians");

            migrationBuilder.DropIndex(
                name: "IX_Guardians_StudentId_SiecleId",
                table: "Guardians");

            migrationBuilder.DropColumn(
                name: "CreationRequestId",
                table: "Tutors");

            migrationBuilder.DropColumn(
                name: "CreationRequestId",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "CreationRequestId",
                table: "HostOrganisations");

            migrationBuilder.DropColumn(
                name: "CreationRequestId",
                table: "Guardians");

            migrationBuilder.CreateIndex(
                name: "IX_Tutors_SchoolId",
                table: "Tutors",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Students_SchoolId_Ine",
                table: "Students",
                columns: new[] { "SchoolId", "Ine" });

            migrationBuilder.CreateIndex(
                name: "IX_Students_SchoolId_SiecleId",
                table: "Students",
                columns: new[] { "SchoolId", "SiecleId" });

            migrationBuilder.CreateIndex(
                name: "IX_Guardians_SchoolId",
                table: "Guardians",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Guardians_StudentId",
                table: "Guardians",
                column: "StudentId");
        }
    }
}
