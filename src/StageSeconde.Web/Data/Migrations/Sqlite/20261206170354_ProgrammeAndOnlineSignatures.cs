using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StageSeconde.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgrammeAndOnlineSignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SignatureLinkDays",
                table: "Schools",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SignatureReminderDays",
                table: "Schools",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "StartSignaturesOnValidation",
                table: "Schools",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DocumentSha256",
                table: "AgreementSignatures",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IpAddress",
                table: "AgreementSignatures",
                type: "TEXT",
                maxLength: 45,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerEmail",
                table: "AgreementSignatures",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerName",
                table: "AgreementSignatures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserAgent",
                table: "AgreementSignatures",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgreementVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    StoredFileName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    MadeAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VoidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementVersions_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgreementVersions_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExaminerDuties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Part = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExaminerDuties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExaminerDuties_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExaminerDuties_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Theme = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LengthInHalfDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RoomKind = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxGroupSize = table.Column<int>(type: "INTEGER", nullable: false),
                    SupervisorKind = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOuting = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeActivities_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeEnrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    StudentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Week = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnrolledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LeftAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeftReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeEnrolments_SchoolYears_SchoolYearId",
                        column: x => x.SchoolYearId,
                        principalTable: "SchoolYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeEnrolments_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeEnrolments_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    InWeek1 = table.Column<bool>(type: "INTEGER", nullable: false),
                    InWeek2 = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeGroups_SchoolYears_SchoolYearId",
                        column: x => x.SchoolYearId,
                        principalTable: "SchoolYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeGroups_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeRooms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeRooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeRooms_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeSupervisors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeSupervisors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeSupervisors_SchoolYears_SchoolYearId",
                        column: x => x.SchoolYearId,
                        principalTable: "SchoolYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeSupervisors_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeSupervisors_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignatureRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreementVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Party = table.Column<int>(type: "INTEGER", nullable: false),
                    GuardianId = table.Column<int>(type: "INTEGER", nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LinkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemindersSent = table.Column<int>(type: "INTEGER", nullable: false),
                    LastRemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SignatureId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignatureRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignatureRequests_AgreementLinks_LinkId",
                        column: x => x.LinkId,
                        principalTable: "AgreementLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignatureRequests_AgreementSignatures_SignatureId",
                        column: x => x.SignatureId,
                        principalTable: "AgreementSignatures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignatureRequests_AgreementVersions_AgreementVersionId",
                        column: x => x.AgreementVersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignatureRequests_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignatureRequests_Guardians_GuardianId",
                        column: x => x.GuardianId,
                        principalTable: "Guardians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignatureRequests_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeAttendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    StudentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Afternoon = table.Column<bool>(type: "INTEGER", nullable: false),
                    Present = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AbsenceId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeAttendances_Absences_AbsenceId",
                        column: x => x.AbsenceId,
                        principalTable: "Absences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeAttendances_ProgrammeGroups_ProgrammeGroupId",
                        column: x => x.ProgrammeGroupId,
                        principalTable: "ProgrammeGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeAttendances_SchoolYears_SchoolYearId",
                        column: x => x.SchoolYearId,
                        principalTable: "SchoolYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeAttendances_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeAttendances_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeGroupMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    StudentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeGroupMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeGroupMembers_ProgrammeGroups_ProgrammeGroupId",
                        column: x => x.ProgrammeGroupId,
                        principalTable: "ProgrammeGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgrammeGroupMembers_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeGroupMembers_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeSlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Afternoon = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoomId = table.Column<int>(type: "INTEGER", nullable: true),
                    SupervisorId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeSlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeSlots_ProgrammeActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "ProgrammeActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeSlots_ProgrammeGroups_ProgrammeGroupId",
                        column: x => x.ProgrammeGroupId,
                        principalTable: "ProgrammeGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeSlots_ProgrammeRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "ProgrammeRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeSlots_ProgrammeSupervisors_SupervisorId",
                        column: x => x.SupervisorId,
                        principalTable: "ProgrammeSupervisors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeSlots_SchoolYears_SchoolYearId",
                        column: x => x.SchoolYearId,
                        principalTable: "SchoolYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeSlots_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupervisorUnavailabilities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeSupervisorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Afternoon = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisorUnavailabilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisorUnavailabilities_ProgrammeSupervisors_ProgrammeSupervisorId",
                        column: x => x.ProgrammeSupervisorId,
                        principalTable: "ProgrammeSupervisors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SupervisorUnavailabilities_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignatureCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SignatureRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    SentTo = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FailedTries = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignatureCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignatureCodes_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignatureCodes_SignatureRequests_SignatureRequestId",
                        column: x => x.SignatureRequestId,
                        principalTable: "SignatureRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_AgreementId",
                table: "AgreementVersions",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_SchoolId_AgreementId_Number",
                table: "AgreementVersions",
                columns: new[] { "SchoolId", "AgreementId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExaminerDuties_SchoolId_StaffMemberId_Date",
                table: "ExaminerDuties",
                columns: new[] { "SchoolId", "StaffMemberId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ExaminerDuties_StaffMemberId",
                table: "ExaminerDuties",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeActivities_SchoolId_Name",
                table: "ProgrammeActivities",
                columns: new[] { "SchoolId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeAttendances_AbsenceId",
                table: "ProgrammeAttendances",
                column: "AbsenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeAttendances_ProgrammeGroupId_Date_Afternoon",
                table: "ProgrammeAttendances",
                columns: new[] { "ProgrammeGroupId", "Date", "Afternoon" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeAttendances_SchoolId_StudentId_Date_Afternoon",
                table: "ProgrammeAttendances",
                columns: new[] { "SchoolId", "StudentId", "Date", "Afternoon" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeAttendances_SchoolYearId",
                table: "ProgrammeAttendances",
                column: "SchoolYearId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeAttendances_StudentId",
                table: "ProgrammeAttendances",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEnrolments_SchoolId_SchoolYearId_StudentId_Week",
                table: "ProgrammeEnrolments",
                columns: new[] { "SchoolId", "SchoolYearId", "StudentId", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEnrolments_SchoolYearId",
                table: "ProgrammeEnrolments",
                column: "SchoolYearId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEnrolments_StudentId",
                table: "ProgrammeEnrolments",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeGroupMembers_ProgrammeGroupId_StudentId",
                table: "ProgrammeGroupMembers",
                columns: new[] { "ProgrammeGroupId", "StudentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeGroupMembers_SchoolId",
                table: "ProgrammeGroupMembers",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeGroupMembers_StudentId",
                table: "ProgrammeGroupMembers",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeGroups_SchoolId_SchoolYearId_Name",
                table: "ProgrammeGroups",
                columns: new[] { "SchoolId", "SchoolYearId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeGroups_SchoolYearId",
                table: "ProgrammeGroups",
                column: "SchoolYearId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeRooms_SchoolId_Name",
                table: "ProgrammeRooms",
                columns: new[] { "SchoolId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeSlots_ActivityId",
                table: "ProgrammeSlots",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeSlots_ProgrammeGroupId_Date_Afternoon",
                table: "ProgrammeSlots",
                columns: new[] { "ProgrammeGroupId", "Date", "Afternoon" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeSlots_RoomId",
                table: "ProgrammeSlots",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeSlots_SchoolId_SchoolYearId_Date_Afternoon",
                table: "ProgrammeSlots",
                columns: new[] { "SchoolId", "SchoolYearId", "Date", "Afternoon" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeSlots_SchoolYearId",
                table: "ProgrammeSlots",
                column: "SchoolYearId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeSlots_SupervisorId",
                table: "ProgrammeSlots",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeSupervisors_SchoolId_SchoolYearId_StaffMemberId",
                table: "ProgrammeSupervisors",
                columns: new[] { "SchoolId", "SchoolYearId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeSupervisors_SchoolYearId",
                table: "ProgrammeSupervisors",
                column: "SchoolYearId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeSupervisors_StaffMemberId",
                table: "ProgrammeSupervisors",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureCodes_SchoolId",
                table: "SignatureCodes",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureCodes_SignatureRequestId_IssuedAt",
                table: "SignatureCodes",
                columns: new[] { "SignatureRequestId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SignatureRequests_AgreementId",
                table: "SignatureRequests",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureRequests_AgreementVersionId",
                table: "SignatureRequests",
                column: "AgreementVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureRequests_GuardianId",
                table: "SignatureRequests",
                column: "GuardianId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureRequests_LinkId",
                table: "SignatureRequests",
                column: "LinkId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureRequests_SchoolId_AgreementId_Status",
                table: "SignatureRequests",
                columns: new[] { "SchoolId", "AgreementId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SignatureRequests_SignatureId",
                table: "SignatureRequests",
                column: "SignatureId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureRequests_Status_SentAt",
                table: "SignatureRequests",
                columns: new[] { "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisorUnavailabilities_ProgrammeSupervisorId_Date_Afternoon",
                table: "SupervisorUnavailabilities",
                columns: new[] { "ProgrammeSupervisorId", "Date", "Afternoon" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisorUnavailabilities_SchoolId",
                table: "SupervisorUnavailabilities",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExaminerDuties");

            migrationBuilder.DropTable(
                name: "ProgrammeAttendances");

            migrationBuilder.DropTable(
                name: "ProgrammeEnrolments");

            migrationBuilder.DropTable(
                name: "ProgrammeGroupMembers");

            migrationBuilder.DropTable(
                name: "ProgrammeSlots");

            migrationBuilder.DropTable(
                name: "SignatureCodes");

            migrationBuilder.DropTable(
                name: "SupervisorUnavailabilities");

            migrationBuilder.DropTable(
                name: "ProgrammeActivities");

            migrationBuilder.DropTable(
                name: "ProgrammeGroups");

            migrationBuilder.DropTable(
                name: "ProgrammeRooms");

            migrationBuilder.DropTable(
                name: "SignatureRequests");

            migrationBuilder.DropTable(
                name: "ProgrammeSupervisors");

            migrationBuilder.DropTable(
                name: "AgreementVersions");

            migrationBuilder.DropColumn(
                name: "SignatureLinkDays",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "SignatureReminderDays",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "StartSignaturesOnValidation",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "DocumentSha256",
                table: "AgreementSignatures");

            migrationBuilder.DropColumn(
                name: "IpAddress",
                table: "AgreementSignatures");

            migrationBuilder.DropColumn(
                name: "SignerEmail",
                table: "AgreementSignatures");

            migrationBuilder.DropColumn(
                name: "SignerName",
                table: "AgreementSignatures");

            migrationBuilder.DropColumn(
                name: "UserAgent",
                table: "AgreementSignatures");
        }
    }
}
