using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class GuardianConfiguration : IEntityTypeConfiguration<Guardian>
{
    public void Configure(EntityTypeBuilder<Guardian> b)
    {
        // One record per creation form (ADR 0009); null for the others (filtered under SQL Server).
        b.HasIndex(g => new { g.SchoolId, g.CreationRequestId }).IsUnique();

        b.Property(g => g.SiecleId).HasMaxLength(20);
        // A SIECLE responsable is one guardian row per pupil (siblings share the person, not the row).
        b.HasIndex(g => new { g.StudentId, g.SiecleId }).IsUnique();
        b.Property(g => g.LastName).HasMaxLength(100).IsRequired();
        b.Property(g => g.FirstName).HasMaxLength(100).IsRequired();
        b.Property(g => g.Email).HasMaxLength(200);
        b.Property(g => g.MobilePhone).HasMaxLength(20);
        b.Property(g => g.HomePhone).HasMaxLength(20);
        b.Property(g => g.AddressLine).HasMaxLength(300);
        b.Property(g => g.PostalCode).HasMaxLength(10);
        b.Property(g => g.City).HasMaxLength(100);
        b.Ignore(g => g.FullName);
        b.Ignore(g => g.HasContact);

        b.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(g => g.Student).WithMany(s => s.Guardians).HasForeignKey(g => g.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}
