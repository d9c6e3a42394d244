using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Validation;

/// <summary>The proviseur's refusal of a submitted convention: the reason is required, the version guards against a stale page.</summary>
public sealed class RefusalForm : IVersionedForm
{
    public int Version { get; set; }
    public string? Reason { get; set; }
}

public sealed class RefusalFormValidator : AbstractValidator<RefusalForm>
{
    public RefusalFormValidator()
    {
        RuleFor(f => f.Reason).Required("Motif du refus").MaxChars(Agreement.ReasonMaxLength);
    }
}
