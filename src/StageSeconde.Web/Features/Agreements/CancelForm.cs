using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>The cancellation of a convention: a reason, on the version the user saw.</summary>
public sealed class CancelForm : IVersionedForm
{
    public int Version { get; set; }
    public string? Reason { get; set; }
}

public sealed class CancelFormValidator : AbstractValidator<CancelForm>
{
    public CancelFormValidator()
    {
        RuleFor(f => f.Reason).Required("Motif de l'annulation").MaxChars(Agreement.ReasonMaxLength);
    }
}
