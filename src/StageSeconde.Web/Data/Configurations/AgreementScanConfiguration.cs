using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class AgreementScanConfiguration : IEntityTypeConfiguration<AgreementScan>
{
    public void Configure(EntityTypeBuilder<AgreementScan> b)
    {
        b.Property(s => s.OriginalFileName).HasMaxLength(AgreementScan.OriginalFileNameMaxLength).IsRequired();
        b.Property(s => s.StoredFileName).HasMaxLength(AgreementScan.StoredFileNameMaxLength).IsRequired();
        b.Property(s => s.ContentType).HasMaxLength(AgreementScan.ContentTypeMaxLength).IsRequired();
        b.Property(s => s.UploadedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(s => s.StoredFileName).IsUnique();

        b.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agreement>().WithMany().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
