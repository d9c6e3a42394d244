using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class AgreementLinkConfiguration : IEntityTypeConfiguration<AgreementLink>
{
    public void Configure(EntityTypeBuilder<AgreementLink> b)
    {
        b.Property(l => l.TokenHash).HasMaxLength(AgreementLink.HashLength).IsFixedLength().IsRequired();
        b.Property(l => l.ProtectedToken).HasMaxLength(AgreementLink.ProtectedTokenMaxLength);
        b.Property(l => l.Party).HasMaxLength(50);
        b.Property(l => l.IssuedBy).HasMaxLength(256).IsRequired();
        b.Property(l => l.RevokedBy).HasMaxLength(256);
        // The link page looks a token up by its hash, before any school is known.
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => new { l.SchoolId, l.AgreementId, l.Purpose });
        b.HasOne<School>().WithMany().HasForeignKey(l => l.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.Agreement).WithMany().HasForeignKey(l => l.AgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}
