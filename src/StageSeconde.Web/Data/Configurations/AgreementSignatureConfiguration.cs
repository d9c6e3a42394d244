using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class AgreementSignatureConfiguration : IEntityTypeConfiguration<AgreementSignature>
{
    public void Configure(EntityTypeBuilder<AgreementSignature> b)
    {
        b.Property(s => s.RecordedBy).HasMaxLength(256).IsRequired();
        b.Property(s => s.SignerName).HasMaxLength(SignatureRequest.NameMaxLength);
        b.Property(s => s.SignerEmail).HasMaxLength(SignatureRequest.EmailMaxLength);
        b.Property(s => s.IpAddress).HasMaxLength(45);
        b.Property(s => s.UserAgent).HasMaxLength(AgreementSignature.UserAgentMaxLength);
        b.Property(s => s.DocumentSha256).HasMaxLength(AgreementLink.HashLength).IsFixedLength();

        b.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        // « Not yet signed by the head » (a.Signatures.Any(...) under the school filter) looks a convention's signatures up by
        // school, convention and party: without this index SQLite read every signature of the school for each convention.
        b.HasIndex(s => new { s.SchoolId, s.AgreementId, s.Party });
        // A recorded signature is a legal trace: the guardian who gave it cannot be deleted under it.
        b.HasOne<Guardian>().WithMany().HasForeignKey(s => s.GuardianId).OnDelete(DeleteBehavior.Restrict);
    }
}
