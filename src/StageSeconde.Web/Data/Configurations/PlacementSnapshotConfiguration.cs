using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class PlacementSnapshotConfiguration : IEntityTypeConfiguration<PlacementSnapshot>
{
    public void Configure(EntityTypeBuilder<PlacementSnapshot> b)
    {
        // One snapshot per school and day: a second writer (another instance, the dashboard) fails harmlessly.
        b.HasIndex(s => new { s.SchoolId, s.Day }).IsUnique();
        b.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
