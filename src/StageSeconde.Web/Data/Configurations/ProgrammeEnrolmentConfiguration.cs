using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Data.Configurations;

public sealed class ProgrammeEnrolmentConfiguration : IEntityTypeConfiguration<ProgrammeEnrolment>
{
    public void Configure(EntityTypeBuilder<ProgrammeEnrolment> b)
    {
        b.Property(e => e.EnrolledBy).HasMaxLength(256).IsRequired();
        b.Property(e => e.LeftReason).HasMaxLength(500);
        b.HasIndex(e => new { e.SchoolId, e.SchoolYearId, e.StudentId, e.Week });
        b.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchoolYear>().WithMany().HasForeignKey(e => e.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Student).WithMany().HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Restrict);
    }
}
