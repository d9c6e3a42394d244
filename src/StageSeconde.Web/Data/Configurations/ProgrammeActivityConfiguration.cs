using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Data.Configurations;

public sealed class ProgrammeActivityConfiguration : IEntityTypeConfiguration<ProgrammeActivity>
{
    public void Configure(EntityTypeBuilder<ProgrammeActivity> b)
    {
        b.Property(a => a.Name).HasMaxLength(ProgrammeActivity.NameMaxLength).IsRequired();
        b.Property(a => a.Description).HasMaxLength(ProgrammeActivity.DescriptionMaxLength);
        b.Property(a => a.Link).HasMaxLength(ProgrammeActivity.LinkMaxLength);
        b.HasIndex(a => new { a.SchoolId, a.Name });
        b.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
