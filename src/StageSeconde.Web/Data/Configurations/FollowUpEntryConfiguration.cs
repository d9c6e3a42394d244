using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class FollowUpEntryConfiguration : IEntityTypeConfiguration<FollowUpEntry>
{
    public void Configure(EntityTypeBuilder<FollowUpEntry> b)
    {
        b.Property(f => f.Note).HasMaxLength(FollowUpEntry.NoteMaxLength);
        b.Property(f => f.ByUser).HasMaxLength(256).IsRequired();
        b.HasIndex(f => new { f.SchoolId, f.StudentId, f.At });
        b.HasOne<School>().WithMany().HasForeignKey(f => f.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.Student).WithMany().HasForeignKey(f => f.StudentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agreement>().WithMany().HasForeignKey(f => f.AgreementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.ByStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
