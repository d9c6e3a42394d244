using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SealHeadSignatureAndDatedConvocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BusyAsExaminer",
                table: "Staff");

            migrationBuilder.AddColumn<string>(
                name: "HeadUserId",
                table: "Schools",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalSignatureReference",
                table: "Agreements",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SealedAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgreementId = table.Column<int>(type: "int", nullable: false),
                    VerificationCode = table.Column<string>(type: "nchar(16)", fixedLength: true, maxLength: 16, nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    SignedVersionSha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StoredFileName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SealedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CertificateSubject = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    CertificateThumbprint = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SealedAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SealedAgreements_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SealedAgreements_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SigningDelegations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DelegateUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DelegateName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RevokedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SigningDelegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SigningDelegations_AspNetUsers_DelegateUserId",
                        column: x => x.DelegateUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SigningDelegations_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SealedAgreements_AgreementId",
                table: "SealedAgreements",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_SealedAgreements_SchoolId_AgreementId",
                table: "SealedAgreements",
                columns: new[] { "SchoolId", "AgreementId" });

            migrationBuilder.CreateIndex(
                name: "IX_SealedAgreements_StoredFileName",
                table: "SealedAgreements",
                column: "StoredFileName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SealedAgreements_VerificationCode",
                table: "SealedAgreements",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SigningDelegations_DelegateUserId",
                table: "SigningDelegations",
                column: "DelegateUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SigningDelegations_SchoolId_DelegateUserId",
                table: "SigningDelegations",
                columns: new[] { "SchoolId", "DelegateUserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SealedAgreements");

            migrationBuilder.DropTable(
                name: "SigningDelegations");

            migrationBuilder.DropColumn(
                name: "HeadUserId",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "ExternalSignatureReference",
                table: "Agreements");

            migrationBuilder.AddColumn<bool>(
                name: "BusyAsExaminer",
                table: "Staff",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }
    }
}
