using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class JuneRulesAndSecurity : Migration
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

            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "Tutors",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreationRequestId",
                table: "Tutors",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "Students",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreationRequestId",
                table: "Students",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Country",
                table: "PlacementDeclarations",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "PlacementDeclarations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Exemption",
                table: "PlacementDeclarations",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Organisation",
                table: "PlacementDeclarations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SnuKind",
                table: "PlacementDeclarations",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartsOn",
                table: "PlacementDeclarations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Weeks",
                table: "PlacementDeclarations",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Withdraws",
                table: "PlacementDeclarations",
                type: "int",
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

            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "Absences",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchoolId = table.Column<int>(type: "int", nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Target = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    StudentId = table.Column<int>(type: "int", nullable: true),
                    IpAddress = table.Column<string>(type: "nvarchar(45)", maxLength: 45, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TutorEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgreementId = table.Column<int>(type: "int", nullable: false),
                    Observer = table.Column<int>(type: "int", nullable: false),
                    Communiquer = table.Column<int>(type: "int", nullable: false),
                    Comprendre = table.Column<int>(type: "int", nullable: false),
                    SImpliquer = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    EvaluatorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Source = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TutorEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TutorEvaluations_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TutorEvaluations_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SchoolId_At",
                table: "AuditEntries",
                columns: new[] { "SchoolId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SchoolId_StudentId",
                table: "AuditEntries",
                columns: new[] { "SchoolId", "StudentId" });

            migrationBuilder.CreateIndex(
                name: "IX_TutorEvaluations_AgreementId",
                table: "TutorEvaluations",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_TutorEvaluations_SchoolId_AgreementId",
                table: "TutorEvaluations",
                columns: new[] { "SchoolId", "AgreementId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "TutorEvaluations");

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
                name: "AnonymisedAt",
                table: "Tutors");

            migrationBuilder.DropColumn(
                name: "CreationRequestId",
                table: "Tutors");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "CreationRequestId",
                table: "Students");

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

            migrationBuilder.DropColumn(
                name: "CreationRequestId",
                table: "HostOrganisations");

            migrationBuilder.DropColumn(
                name: "CreationRequestId",
                table: "Guardians");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Absences");

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
