using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Data;

/// <summary>
/// The application's one DbContext: Identity, data-protection keys and the school's records.
/// Every <see cref="ISchoolOwned"/> entity is filtered to <see cref="CurrentSchoolId"/>; with no current school
/// (the académie, start-up) those filters return nothing, and aggregate readers use <c>IgnoreQueryFilters</c> on purpose.
/// Each provider derives its own context so that it keeps its own migrations.
/// </summary>
public abstract class AppDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    private readonly ICurrentUser _currentUser;

    protected AppDbContext(DbContextOptions options, ICurrentUser currentUser) : base(options)
    {
        _currentUser = currentUser;
    }

    /// <summary>The school every query is scoped to (read by the global query filters at each query).</summary>
    public int? CurrentSchoolId => _currentUser.SchoolId;
    internal ICurrentUser CurrentUser => _currentUser;

    public DbSet<School> Schools => Set<School>();
    public DbSet<SchoolYear> SchoolYears => Set<SchoolYear>();
    public DbSet<SchoolClass> Classes => Set<SchoolClass>();
    public DbSet<Student> Students => Set<Student>();
    public DbSet<Guardian> Guardians => Set<Guardian>();
    public DbSet<HostOrganisation> HostOrganisations => Set<HostOrganisation>();
    public DbSet<Tutor> Tutors => Set<Tutor>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<AgreementTransition> AgreementTransitions => Set<AgreementTransition>();
    public DbSet<AgreementSignature> AgreementSignatures => Set<AgreementSignature>();
    public DbSet<PlacementDeclaration> PlacementDeclarations => Set<PlacementDeclaration>();
    public DbSet<ImportLog> ImportLogs => Set<ImportLog>();
    public DbSet<AgreementPrint> AgreementPrints => Set<AgreementPrint>();
    public DbSet<AgreementScan> AgreementScans => Set<AgreementScan>();
    public DbSet<SealedAgreement> SealedAgreements => Set<SealedAgreement>();
    public DbSet<PlacementSnapshot> PlacementSnapshots => Set<PlacementSnapshot>();
    public DbSet<Absence> Absences => Set<Absence>();
    public DbSet<AbsenceReport> AbsenceReports => Set<AbsenceReport>();
    public DbSet<FollowUpEntry> FollowUpEntries => Set<FollowUpEntry>();
    public DbSet<AgreementLink> AgreementLinks => Set<AgreementLink>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutboxAttempt> OutboxAttempts => Set<OutboxAttempt>();
    public DbSet<ProgrammeActivity> ProgrammeActivities => Set<ProgrammeActivity>();
    public DbSet<ProgrammeRoom> ProgrammeRooms => Set<ProgrammeRoom>();
    public DbSet<ProgrammeSupervisor> ProgrammeSupervisors => Set<ProgrammeSupervisor>();
    public DbSet<SupervisorUnavailability> SupervisorUnavailabilities => Set<SupervisorUnavailability>();
    public DbSet<ExaminerDuty> ExaminerDuties => Set<ExaminerDuty>();
    public DbSet<ProgrammeEnrolment> ProgrammeEnrolments => Set<ProgrammeEnrolment>();
    public DbSet<ProgrammeGroup> ProgrammeGroups => Set<ProgrammeGroup>();
    public DbSet<ProgrammeGroupMember> ProgrammeGroupMembers => Set<ProgrammeGroupMember>();
    public DbSet<ProgrammeSlot> ProgrammeSlots => Set<ProgrammeSlot>();
    public DbSet<ProgrammeAttendance> ProgrammeAttendances => Set<ProgrammeAttendance>();
    public DbSet<SignatureRequest> SignatureRequests => Set<SignatureRequest>();
    public DbSet<SignatureCode> SignatureCodes => Set<SignatureCode>();
    public DbSet<AgreementVersion> AgreementVersions => Set<AgreementVersion>();
    public DbSet<SigningDelegation> SigningDelegations => Set<SigningDelegation>();
    public DbSet<BackgroundLease> BackgroundLeases => Set<BackgroundLease>();
    public DbSet<TutorEvaluation> TutorEvaluations => Set<TutorEvaluation>();
    public DbSet<PupilReport> PupilReports => Set<PupilReport>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
            builder.Entity(entityType.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ISchoolOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            typeof(AppDbContext).GetMethod(nameof(FilterBySchool), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(entityType.ClrType)
                .Invoke(this, [builder]);
        }
    }

    private void FilterBySchool<T>(ModelBuilder builder) where T : class, ISchoolOwned =>
        builder.Entity<T>().HasQueryFilter(e => e.SchoolId == CurrentSchoolId);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Timestamps are stored in UTC; SQLite returns them without a kind, so say it on the way back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
