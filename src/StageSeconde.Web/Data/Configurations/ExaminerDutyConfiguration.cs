using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Data.Configurations;

public sealed class ExaminerDutyConfiguration : IEntityTypeConfiguration<ExaminerDuty>
{
    public void Configure(EntityTypeBuilder<ExaminerDuty> b)
    {
        b.Property(d => d.Note).HasMaxLength(ExaminerDuty.NoteMaxLength);
        b.HasIndex(d => new { d.SchoolId, d.StaffMemberId, d.Date });
        b.HasOne<School>().WithMany().HasForeignKey(d => d.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.StaffMember).WithMany().HasForeignKey(d => d.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
