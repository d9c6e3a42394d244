using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class AgreementVersionConfiguration : IEntityTypeConfiguration<AgreementVersion>
{
    public void Configure(EntityTypeBuilder<AgreementVersion> b)
    {
        b.Property(v => v.Sha256).HasMaxLength(AgreementLink.HashLength).IsFixedLength().IsRequired();
        b.Property(v => v.StoredFileName).HasMaxLength(AgreementVersion.StoredFileNameMaxLength).IsRequired();
        b.Property(v => v.VoidReason).HasMaxLength(500);
        b.HasIndex(v => new { v.SchoolId, v.AgreementId, v.Number }).IsUnique();
        b.HasOne<School>().WithMany().HasForeignKey(v => v.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agreement>().WithMany().HasForeignKey(v => v.AgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}
