using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class TutorConfiguration : IEntityTypeConfiguration<Tutor>
{
    public void Configure(EntityTypeBuilder<Tutor> b)
    {
        // One record per creation form (ADR 0009); null for the others (filtered under SQL Server).
        b.HasIndex(t => new { t.SchoolId, t.CreationRequestId }).IsUnique();

        b.Property(t => t.LastName).HasMaxLength(100).IsRequired();
        b.Property(t => t.FirstName).HasMaxLength(100).IsRequired();
        b.Property(t => t.Function).HasMaxLength(200);
        b.Property(t => t.Email).HasMaxLength(200);
        b.Property(t => t.Phone).HasMaxLength(20);
        b.Ignore(t => t.FullName);

        b.HasOne<School>().WithMany().HasForeignKey(t => t.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.HostOrganisation).WithMany(h => h.Tutors).HasForeignKey(t => t.HostOrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
