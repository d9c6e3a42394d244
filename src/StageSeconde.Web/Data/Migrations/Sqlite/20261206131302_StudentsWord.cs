using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StudentsWord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "PresentPupils",
                table: "PlacementSnapshots",
                newName: "PresentStudents");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "PresentStudents",
                table: "PlacementSnapshots",
                newName: "PresentPupils");
        }
    }
}
