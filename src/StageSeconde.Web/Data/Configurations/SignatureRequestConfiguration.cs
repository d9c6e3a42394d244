using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class SignatureRequestConfiguration : IEntityTypeConfiguration<SignatureRequest>
{
    public void Configure(EntityTypeBuilder<SignatureRequest> b)
    {
        b.Property(r => r.SignerName).HasMaxLength(SignatureRequest.NameMaxLength).IsRequired();
        b.Property(r => r.Email).HasMaxLength(SignatureRequest.EmailMaxLength).IsRequired();
        b.Property(r => r.RefusalReason).HasMaxLength(SignatureRequest.RefusalReasonMaxLength);
        b.HasIndex(r => new { r.SchoolId, r.AgreementId, r.Status });
        b.HasIndex(r => new { r.Status, r.SentAt });
        b.HasOne<School>().WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Agreement).WithMany().HasForeignKey(r => r.AgreementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.AgreementVersion).WithMany().HasForeignKey(r => r.AgreementVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Guardian>().WithMany().HasForeignKey(r => r.GuardianId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AgreementLink>().WithMany().HasForeignKey(r => r.LinkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AgreementSignature>().WithMany().HasForeignKey(r => r.SignatureId).OnDelete(DeleteBehavior.Restrict);
    }
}
