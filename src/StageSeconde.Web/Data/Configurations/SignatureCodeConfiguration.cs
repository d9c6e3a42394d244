using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class SignatureCodeConfiguration : IEntityTypeConfiguration<SignatureCode>
{
    public void Configure(EntityTypeBuilder<SignatureCode> b)
    {
        b.Property(c => c.CodeHash).HasMaxLength(AgreementLink.HashLength).IsFixedLength().IsRequired();
        b.Property(c => c.SentTo).HasMaxLength(SignatureRequest.EmailMaxLength).IsRequired();
        b.HasIndex(c => new { c.SignatureRequestId, c.IssuedAt });
        b.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SignatureRequest>().WithMany().HasForeignKey(c => c.SignatureRequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
