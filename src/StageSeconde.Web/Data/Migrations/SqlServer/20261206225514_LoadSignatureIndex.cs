using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LoadSignatureIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgreementSignatures_SchoolId",
                table: "AgreementSignatures");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatures_SchoolId_AgreementId_Party",
                table: "AgreementSignatures",
                columns: new[] { "SchoolId", "AgreementId", "Party" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgreementSignatures_SchoolId_AgreementId_Party",
                table: "AgreementSignatures");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatures_SchoolId",
                table: "AgreementSignatures",
                column: "SchoolId");
        }
    }
}
