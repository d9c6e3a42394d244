using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class SigningDelegationConfiguration : IEntityTypeConfiguration<SigningDelegation>
{
    public void Configure(EntityTypeBuilder<SigningDelegation> b)
    {
        b.Property(d => d.DelegateUserId).HasMaxLength(450).IsRequired();
        b.Property(d => d.DelegateName).HasMaxLength(SigningDelegation.NameMaxLength).IsRequired();
        b.Property(d => d.RecordedBy).HasMaxLength(256).IsRequired();
        b.Property(d => d.RevokedBy).HasMaxLength(256);
        b.HasIndex(d => new { d.SchoolId, d.DelegateUserId });
        b.HasOne<School>().WithMany().HasForeignKey(d => d.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.DelegateUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
