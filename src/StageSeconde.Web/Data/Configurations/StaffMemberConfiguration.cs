using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("Staff");
        b.Property(s => s.LastName).HasMaxLength(100).IsRequired();
        b.Property(s => s.FirstName).HasMaxLength(100).IsRequired();
        b.Property(s => s.Function).HasMaxLength(200);
        b.Property(s => s.Email).HasMaxLength(200).IsRequired();
        b.Property(s => s.Phone).HasMaxLength(20);
        b.Property(s => s.SearchKey).HasMaxLength(210).IsRequired();
        b.Ignore(s => s.FullName);

        b.HasIndex(s => new { s.SchoolId, s.SearchKey });
        b.HasIndex(s => new { s.SchoolId, s.Email }).IsUnique();

        b.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
