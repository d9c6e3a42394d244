using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class AgreementPrintConfiguration : IEntityTypeConfiguration<AgreementPrint>
{
    public void Configure(EntityTypeBuilder<AgreementPrint> b)
    {
        b.Property(p => p.PrintedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(p => new { p.SchoolId, p.AgreementId });

        b.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        // The printing history goes with its convention, and only with it.
        b.HasOne<Agreement>().WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
