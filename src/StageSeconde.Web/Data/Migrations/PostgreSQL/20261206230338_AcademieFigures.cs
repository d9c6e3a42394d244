using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class AcademieFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SchoolFigures",
                columns: table => new
                {
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Students = table.Column<int>(type: "integer", nullable: false),
                    WithSolution = table.Column<int>(type: "integer", nullable: false),
                    Week1Covered = table.Column<int>(type: "integer", nullable: false),
                    Week2Covered = table.Column<int>(type: "integer", nullable: false),
                    Signed = table.Column<int>(type: "integer", nullable: false),
                    InSchoolProgramme = table.Column<int>(type: "integer", nullable: false),
                    SignedAgreements = table.Column<int>(type: "integer", nullable: false),
                    IsStale = table.Column<bool>(type: "boolean", nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false),
                    ComputedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SchoolFigures");
        }
    }
}
