using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Validation;

public sealed record ReviewModel(AgreementReview Review, IReadOnlyList<Check> Checks, RefusalForm Form)
{
    public bool CanDecide => Review.State == AgreementState.Submitted;
    public bool IsBlocked => Checks.Any(c => c.Blocks);
    public int Warnings => Checks.Count(c => c.Severity == CheckSeverity.Warning);
}
