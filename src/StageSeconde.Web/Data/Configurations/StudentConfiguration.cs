using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> b)
    {
        // One record per creation form (ADR 0009); null for the others (filtered under SQL Server).
        b.HasIndex(s => new { s.SchoolId, s.CreationRequestId }).IsUnique();

        b.Property(s => s.Ine).HasMaxLength(11);
        b.Property(s => s.SiecleId).HasMaxLength(20);
        b.Property(s => s.LastName).HasMaxLength(100).IsRequired();
        b.Property(s => s.FirstName).HasMaxLength(100).IsRequired();
        b.Property(s => s.AddressLine).HasMaxLength(300);
        b.Property(s => s.PostalCode).HasMaxLength(10);
        b.Property(s => s.City).HasMaxLength(100);
        b.Property(s => s.Email).HasMaxLength(200);
        b.Property(s => s.Phone).HasMaxLength(20);
        b.Property(s => s.SearchKey).HasMaxLength(210).IsRequired();
        b.Ignore(s => s.FullName);

        b.HasIndex(s => new { s.SchoolId, s.SearchKey });
        b.HasIndex(s => new { s.SchoolId, s.LastName });
        // One pupil per INE and per SIECLE id in a school, even when two imports or forms are confirmed at the same moment;
        // both may be null (filtered under SQL Server).
        b.HasIndex(s => new { s.SchoolId, s.Ine }).IsUnique();
        b.HasIndex(s => new { s.SchoolId, s.SiecleId }).IsUnique();

        b.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.SchoolClass).WithMany(c => c.Students).HasForeignKey(s => s.SchoolClassId).OnDelete(DeleteBehavior.Restrict);
    }
}
