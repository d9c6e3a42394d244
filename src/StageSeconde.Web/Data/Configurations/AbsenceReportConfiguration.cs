using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class AbsenceReportConfiguration : IEntityTypeConfiguration<AbsenceReport>
{
    public void Configure(EntityTypeBuilder<AbsenceReport> b)
    {
        b.Property(r => r.Reporter).HasMaxLength(AbsenceReport.ReporterMaxLength).IsRequired();
        b.Property(r => r.ReportedByUser).HasMaxLength(256);
        b.Property(r => r.Comment).HasMaxLength(AbsenceReport.CommentMaxLength);
        b.HasOne<School>().WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
