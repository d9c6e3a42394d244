using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class AbsenceConfiguration : IEntityTypeConfiguration<Absence>
{
    public void Configure(EntityTypeBuilder<Absence> b)
    {
        b.Property(a => a.Details).HasMaxLength(AbsenceFacts.DetailsMaxLength);
        b.Property(a => a.AcknowledgedBy).HasMaxLength(256);
        b.Property(a => a.FamilyInformedBy).HasMaxLength(256);
        b.Property(a => a.FamilyPersonReached).HasMaxLength(Absence.PersonReachedMaxLength);
        b.Property(a => a.FamilyContactOutcome).HasMaxLength(Absence.OutcomeMaxLength);
        b.Property(a => a.JustificationReason).HasMaxLength(Absence.ReasonMaxLength);
        b.Property(a => a.JustifiedBy).HasMaxLength(256);
        b.Property(a => a.DocumentFileName).HasMaxLength(Absence.FileNameMaxLength);
        b.Property(a => a.DocumentStoredName).HasMaxLength(Absence.StoredNameMaxLength);
        b.Property(a => a.DocumentContentType).HasMaxLength(Absence.ContentTypeMaxLength);

        // The register (by day), the student's page, the inbox (waiting alerts) and the escalation scan.
        b.HasIndex(a => new { a.SchoolId, a.Day });
        b.HasIndex(a => new { a.SchoolId, a.StudentId, a.Day });
        b.HasIndex(a => new { a.AcknowledgedAt, a.EscalatedAt, a.EscalationDueAt });

        b.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Student).WithMany().HasForeignKey(a => a.StudentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Agreement).WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Reports).WithOne().HasForeignKey(r => r.AbsenceId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Reports).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
