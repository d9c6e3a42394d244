using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Data.Configurations;

public sealed class ProgrammeSlotConfiguration : IEntityTypeConfiguration<ProgrammeSlot>
{
    public void Configure(EntityTypeBuilder<ProgrammeSlot> b)
    {
        b.HasIndex(s => new { s.SchoolId, s.SchoolYearId, s.Date, s.Afternoon });
        b.HasIndex(s => new { s.ProgrammeGroupId, s.Date, s.Afternoon });
        b.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchoolYear>().WithMany().HasForeignKey(s => s.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Group).WithMany().HasForeignKey(s => s.ProgrammeGroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Activity).WithMany().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Room).WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Supervisor).WithMany().HasForeignKey(s => s.SupervisorId).OnDelete(DeleteBehavior.Restrict);
    }
}
