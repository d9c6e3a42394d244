using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AcademieScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgreementSignatures_SchoolId",
                table: "AgreementSignatures");

            migrationBuilder.AddColumn<string>(
                name: "ActivitySector",
                table: "HostOrganisations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PupilReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StudentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    HandedInOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OriginalFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StoredFileName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PupilReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PupilReports_SchoolYears_SchoolYearId",
                        column: x => x.SchoolYearId,
                        principalTable: "SchoolYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PupilReports_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PupilReports_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolFigures",
                columns: table => new
                {
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Students = table.Column<int>(type: "INTEGER", nullable: false),
                    WithSolution = table.Column<int>(type: "INTEGER", nullable: false),
                    Week1Covered = table.Column<int>(type: "INTEGER", nullable: false),
                    Week2Covered = table.Column<int>(type: "INTEGER", nullable: false),
                    Signed = table.Column<int>(type: "INTEGER", nullable: false),
                    InSchoolProgramme = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedAgreements = table.Column<int>(type: "INTEGER", nullable: false),
                    IsStale = table.Column<bool>(type: "INTEGER", nullable: false),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComputedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolFigures", x => x.SchoolId);
                    table.ForeignKey(
                        name: "FK_SchoolFigures_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatures_SchoolId_AgreementId_Party",
                table: "AgreementSignatures",
                columns: new[] { "SchoolId", "AgreementId", "Party" });

            migrationBuilder.CreateIndex(
                name: "IX_PupilReports_SchoolId_StudentId_SchoolYearId",
                table: "PupilReports",
                columns: new[] { "SchoolId", "StudentId", "SchoolYearId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PupilReports_SchoolYearId",
                table: "PupilReports",
                column: "SchoolYearId");

            migrationBuilder.CreateIndex(
                name: "IX_PupilReports_StoredFileName",
                table: "PupilReports",
                column: "StoredFileName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PupilReports_StudentId",
                table: "PupilReports",
                column: "StudentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PupilReports");

            migrationBuilder.DropTable(
                name: "SchoolFigures");

            migrationBuilder.DropIndex(
                name: "IX_AgreementSignatures_SchoolId_AgreementId_Party",
                table: "AgreementSignatures");

            migrationBuilder.DropColumn(
                name: "ActivitySector",
                table: "HostOrganisations");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatures_SchoolId",
                table: "AgreementSignatures",
                column: "SchoolId");
        }
    }
}
