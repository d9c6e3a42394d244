using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data.Configurations;

public sealed class TutorEvaluationConfiguration : IEntityTypeConfiguration<TutorEvaluation>
{
    public void Configure(EntityTypeBuilder<TutorEvaluation> b)
    {
        b.Property(e => e.Comment).HasMaxLength(TutorEvaluation.CommentMaxLength);
        b.Property(e => e.EvaluatorName).HasMaxLength(TutorEvaluation.EvaluatorMaxLength).IsRequired();
        // One evaluation per convention.
        b.HasIndex(e => new { e.SchoolId, e.AgreementId }).IsUnique();
        b.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Agreement).WithMany().HasForeignKey(e => e.AgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}
