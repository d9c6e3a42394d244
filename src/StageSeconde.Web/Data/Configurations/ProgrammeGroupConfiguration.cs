using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Data.Configurations;

public sealed class ProgrammeGroupConfiguration : IEntityTypeConfiguration<ProgrammeGroup>
{
    public void Configure(EntityTypeBuilder<ProgrammeGroup> b)
    {
        b.Property(g => g.Name).HasMaxLength(ProgrammeGroup.NameMaxLength).IsRequired();
        b.HasIndex(g => new { g.SchoolId, g.SchoolYearId, g.Name });
        b.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchoolYear>().WithMany().HasForeignKey(g => g.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.ProgrammeGroupId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(g => g.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ProgrammeGroupMemberConfiguration : IEntityTypeConfiguration<ProgrammeGroupMember>
{
    public void Configure(EntityTypeBuilder<ProgrammeGroupMember> b)
    {
        b.HasIndex(m => new { m.ProgrammeGroupId, m.StudentId }).IsUnique();
        b.HasOne<School>().WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.Student).WithMany().HasForeignKey(m => m.StudentId).OnDelete(DeleteBehavior.Restrict);
    }
}
