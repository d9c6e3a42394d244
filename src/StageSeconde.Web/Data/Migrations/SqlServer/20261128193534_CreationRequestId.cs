using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CreationRequestId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CreationRequestId",
                table: "Agreements",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_SchoolId_CreationRequestId",
                table: "Agreements",
                columns: new[] { "SchoolId", "CreationRequestId" },
                unique: true,
                filter: "[CreationRequestId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Agreements_SchoolId_CreationRequestId",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "CreationRequestId",
                table: "Agreements");
        }
    }
}
