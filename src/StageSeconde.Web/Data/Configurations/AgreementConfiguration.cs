using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    /// <summary>« HH:mm-HH:mm » (11 characters) per break, separated by « ; », for at most <see cref="DaySchedule.MaxBreaks"/> breaks.</summary>
    public const int BreaksMaxLength = 12 * DaySchedule.MaxBreaks;

    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.Property(a => a.RepresentativeName).HasMaxLength(200).IsRequired();
        b.Property(a => a.RepresentativeFunction).HasMaxLength(200).IsRequired();
        b.Property(a => a.AddressLine).HasMaxLength(300).IsRequired();
        b.Property(a => a.PostalCode).HasMaxLength(10).IsRequired();
        b.Property(a => a.City).HasMaxLength(100).IsRequired();
        b.Property(a => a.PlannedActivities).HasMaxLength(Agreement.PlannedActivitiesMaxLength).IsRequired();
        b.Property(a => a.EvaluationModality).HasMaxLength(2000).IsRequired();
        b.Property(a => a.EmergencyKitSuppliedBy).HasMaxLength(200);
        b.Property(a => a.Remarks).HasMaxLength(2000);
        b.Property(a => a.RefusalReason).HasMaxLength(Agreement.ReasonMaxLength);
        b.Property(a => a.CancellationReason).HasMaxLength(Agreement.ReasonMaxLength);
        b.Property(a => a.ExternalSignatureReference).HasMaxLength(Agreement.ExternalReferenceMaxLength);
        b.Ignore(a => a.IsOpen);
        b.Ignore(a => a.Slot);
        b.Ignore(a => a.MissingSignatures);

        b.HasIndex(a => new { a.SchoolId, a.State });
        b.HasIndex(a => new { a.SchoolId, a.StudentId });
        // One convention per creation form: a form sent twice cannot create a second one, even in a race.
        b.HasIndex(a => new { a.SchoolId, a.CreationRequestId }).IsUnique();

        b.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.SchoolYear).WithMany().HasForeignKey(a => a.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Student).WithMany().HasForeignKey(a => a.StudentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.HostOrganisation).WithMany().HasForeignKey(a => a.HostOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Tutor).WithMany().HasForeignKey(a => a.TutorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.ReferentTeacher).WithMany().HasForeignKey(a => a.ReferentTeacherId).OnDelete(DeleteBehavior.Restrict);

        // The timetable: one row per day (Monday to Saturday), keyed by (AgreementId, Day), replaced as a whole.
        b.OwnsMany(a => a.Schedule, day =>
        {
            day.ToTable("AgreementDaySchedules");
            day.WithOwner().HasForeignKey("AgreementId");
            day.HasKey("AgreementId", nameof(DaySchedule.Day));
            day.Property(d => d.Day).ValueGeneratedNever();
            day.Property(d => d.Start);
            day.Property(d => d.End);
            // The day's breaks in one column, « 12:00-13:00;15:30-15:45 » (DayBreak.Format), empty when there is none.
            day.Property(d => d.Breaks)
                .HasConversion(
                    breaks => DayBreak.Format(breaks),
                    stored => DayBreak.Parse(stored),
                    new ValueComparer<IReadOnlyList<DayBreak>>(
                        (a, b) => a!.SequenceEqual(b!),
                        breaks => breaks.Aggregate(0, (hash, b) => HashCode.Combine(hash, b)),
                        breaks => breaks.ToList()))
                .HasMaxLength(BreaksMaxLength)
                .IsRequired();
            day.Ignore(d => d.IsDayOff);
            day.Ignore(d => d.HasBreak);
            day.Ignore(d => d.BreakTime);
            day.Ignore(d => d.Presence);
        });
        b.Navigation(a => a.Schedule).HasField("_schedule").UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasMany(a => a.Transitions).WithOne().HasForeignKey(t => t.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Transitions).HasField("_transitions").UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasMany(a => a.Signatures).WithOne().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Signatures).HasField("_signatures").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
