using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Validation;

public sealed record ReviewModel(AgreementReview Review, IReadOnlyList<Check> Checks, RefusalForm Form)
{
    public bool CanDecide => Review.State == AgreementState.Submitted;
    public bool IsBlocked => Checks.Any(c => c.Blocks);
    public int Warnings => Checks.Count(c => c.Severity == CheckSeverity.Warning);
}
