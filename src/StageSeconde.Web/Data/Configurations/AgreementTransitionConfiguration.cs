using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class AgreementTransitionConfiguration : IEntityTypeConfiguration<AgreementTransition>
{
    public void Configure(EntityTypeBuilder<AgreementTransition> b)
    {
        b.Property(t => t.From).HasColumnName("FromState");
        b.Property(t => t.To).HasColumnName("ToState");
        b.Property(t => t.ByUserName).HasMaxLength(256).IsRequired();
        b.Property(t => t.Comment).HasMaxLength(2000);
        b.HasIndex(t => new { t.AgreementId, t.At });

        b.HasOne<School>().WithMany().HasForeignKey(t => t.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.ByStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
