using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Data.Configurations;

public sealed class ProgrammeAttendanceConfiguration : IEntityTypeConfiguration<ProgrammeAttendance>
{
    public void Configure(EntityTypeBuilder<ProgrammeAttendance> b)
    {
        b.Property(a => a.RecordedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(a => new { a.SchoolId, a.StudentId, a.Date, a.Afternoon }).IsUnique();
        b.HasIndex(a => new { a.ProgrammeGroupId, a.Date, a.Afternoon });
        b.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchoolYear>().WithMany().HasForeignKey(a => a.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProgrammeGroup>().WithMany().HasForeignKey(a => a.ProgrammeGroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Student).WithMany().HasForeignKey(a => a.StudentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Absence>().WithMany().HasForeignKey(a => a.AbsenceId).OnDelete(DeleteBehavior.Restrict);
    }
}
