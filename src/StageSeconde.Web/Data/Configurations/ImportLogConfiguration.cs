using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class ImportLogConfiguration : IEntityTypeConfiguration<ImportLog>
{
    public void Configure(EntityTypeBuilder<ImportLog> b)
    {
        b.Property(l => l.UserName).HasMaxLength(256).IsRequired();
        b.Property(l => l.FileName).HasMaxLength(260).IsRequired();
        b.HasIndex(l => new { l.SchoolId, l.ImportedAt });
        b.HasOne<School>().WithMany().HasForeignKey(l => l.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
