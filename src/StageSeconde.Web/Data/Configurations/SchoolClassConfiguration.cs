using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> b)
    {
        b.ToTable("Classes");
        b.Property(c => c.Code).HasMaxLength(20).IsRequired();
        b.Property(c => c.Label).HasMaxLength(100);
        b.HasIndex(c => new { c.SchoolId, c.Code }).IsUnique();
        b.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.PrincipalTeachers).WithMany(s => s.PrincipalOfClasses)
            .UsingEntity(j => j.ToTable("ClassPrincipalTeachers"));
    }
}
