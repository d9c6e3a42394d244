using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Data.Configurations;

public sealed class ProgrammeRoomConfiguration : IEntityTypeConfiguration<ProgrammeRoom>
{
    public void Configure(EntityTypeBuilder<ProgrammeRoom> b)
    {
        b.Property(r => r.Name).HasMaxLength(ProgrammeRoom.NameMaxLength).IsRequired();
        b.HasIndex(r => new { r.SchoolId, r.Name });
        b.HasOne<School>().WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
