using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class PupilReportConfiguration : IEntityTypeConfiguration<PupilReport>
{
    public void Configure(EntityTypeBuilder<PupilReport> b)
    {
        b.Property(r => r.Comment).HasMaxLength(PupilReport.CommentMaxLength);
        b.Property(r => r.OriginalFileName).HasMaxLength(AgreementScan.OriginalFileNameMaxLength);
        b.Property(r => r.StoredFileName).HasMaxLength(AgreementScan.StoredFileNameMaxLength);
        b.Property(r => r.ContentType).HasMaxLength(AgreementScan.ContentTypeMaxLength);
        b.Property(r => r.RecordedBy).HasMaxLength(256).IsRequired();
        // One report per pupil and school year.
        b.HasIndex(r => new { r.SchoolId, r.StudentId, r.SchoolYearId }).IsUnique();
        b.HasIndex(r => r.StoredFileName).IsUnique();

        b.HasOne<School>().WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Student>().WithMany().HasForeignKey(r => r.StudentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchoolYear>().WithMany().HasForeignKey(r => r.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
    }
}
