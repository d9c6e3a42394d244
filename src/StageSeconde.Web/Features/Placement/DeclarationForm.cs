using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;

namespace StageSeconde.Web.Features.Placement;

/// <summary>
/// A declaration about a pupil's situation: what is declared and its note. The rules that need the pupil (a search note
/// needs text, an exemption a reason unless the pupil is STHR) are the entity's (<see cref="PlacementDeclaration.Declare"/>).
/// </summary>
public sealed class DeclarationForm
{
    public DeclarationKind? Kind { get; set; }
    public string? Note { get; set; }
}

public sealed class DeclarationFormValidator : AbstractValidator<DeclarationForm>
{
    public DeclarationFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Situation déclarée : choisissez une valeur.")
            .IsInEnum().WithMessage("Situation déclarée : cette valeur est inconnue.");
        RuleFor(f => f.Note).MaxChars(PlacementDeclaration.NoteMaxLength);
    }
}
