using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.Academy).HasMaxLength(100);
        b.HasOne(u => u.School).WithMany().HasForeignKey(u => u.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(u => u.StaffMember).WithOne().HasForeignKey<ApplicationUser>(u => u.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => u.StaffMemberId).IsUnique();
    }
}
