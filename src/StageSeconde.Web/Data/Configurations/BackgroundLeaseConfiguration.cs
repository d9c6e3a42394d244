using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class BackgroundLeaseConfiguration : IEntityTypeConfiguration<BackgroundLease>
{
    public void Configure(EntityTypeBuilder<BackgroundLease> b)
    {
        b.ToTable("BackgroundLeases");
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(BackgroundLease.NameMaxLength);
        b.Property(l => l.Holder).HasMaxLength(BackgroundLease.HolderMaxLength).IsRequired();
    }
}
