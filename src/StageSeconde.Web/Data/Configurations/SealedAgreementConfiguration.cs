using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class SealedAgreementConfiguration : IEntityTypeConfiguration<SealedAgreement>
{
    public void Configure(EntityTypeBuilder<SealedAgreement> b)
    {
        b.Property(s => s.VerificationCode).HasMaxLength(SealedAgreement.CodeLength).IsFixedLength().IsRequired();
        b.Property(s => s.Sha256).HasMaxLength(SealedAgreement.Sha256Length).IsFixedLength().IsRequired();
        b.Property(s => s.SignedVersionSha256).HasMaxLength(SealedAgreement.Sha256Length).IsFixedLength().IsRequired();
        b.Property(s => s.StoredFileName).HasMaxLength(SealedAgreement.StoredFileNameMaxLength).IsRequired();
        b.Property(s => s.CertificateSubject).HasMaxLength(SealedAgreement.CertificateSubjectMaxLength).IsRequired();
        b.Property(s => s.CertificateThumbprint).HasMaxLength(SealedAgreement.Sha256Length).IsFixedLength().IsRequired();
        // The verification page looks a code up before any school is known.
        b.HasIndex(s => s.VerificationCode).IsUnique();
        b.HasIndex(s => s.StoredFileName).IsUnique();
        b.HasIndex(s => new { s.SchoolId, s.AgreementId });

        b.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        // A signed convention's evidence is not deleted with a click: the convention cannot be deleted while it has one.
        b.HasOne<Agreement>().WithMany().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}
