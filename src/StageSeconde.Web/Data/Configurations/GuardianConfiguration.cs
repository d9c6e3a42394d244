using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class GuardianConfiguration : IEntityTypeConfiguration<Guardian>
{
    public void Configure(EntityTypeBuilder<Guardian> b)
    {
        b.Property(g => g.SiecleId).HasMaxLength(20);
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
