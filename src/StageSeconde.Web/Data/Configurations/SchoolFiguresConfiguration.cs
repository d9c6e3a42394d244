using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class SchoolFiguresConfiguration : IEntityTypeConfiguration<SchoolFigures>
{
    public void Configure(EntityTypeBuilder<SchoolFigures> b)
    {
        // One row per lycée, derived from its records: it goes with the lycée.
        b.ToTable("SchoolFigures");
        b.HasKey(f => f.SchoolId);
        b.Property(f => f.SchoolId).ValueGeneratedNever();
        b.HasOne(f => f.School).WithOne().HasForeignKey<SchoolFigures>(f => f.SchoolId).OnDelete(DeleteBehavior.Cascade);
        b.Property(f => f.ComputedBy).HasMaxLength(SchoolFigures.ComputedByMaxLength).IsRequired();
        b.Ignore(f => f.Totals);
    }
}
