using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Data.Configurations;

public sealed class ProgrammeSupervisorConfiguration : IEntityTypeConfiguration<ProgrammeSupervisor>
{
    public void Configure(EntityTypeBuilder<ProgrammeSupervisor> b)
    {
        b.HasIndex(s => new { s.SchoolId, s.SchoolYearId, s.StaffMemberId }).IsUnique();
        b.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchoolYear>().WithMany().HasForeignKey(s => s.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.StaffMember).WithMany().HasForeignKey(s => s.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Unavailabilities).WithOne().HasForeignKey(u => u.ProgrammeSupervisorId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Unavailabilities).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SupervisorUnavailabilityConfiguration : IEntityTypeConfiguration<SupervisorUnavailability>
{
    public void Configure(EntityTypeBuilder<SupervisorUnavailability> b)
    {
        b.HasIndex(u => new { u.ProgrammeSupervisorId, u.Date, u.Afternoon }).IsUnique();
        b.HasOne<School>().WithMany().HasForeignKey(u => u.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
