using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;

namespace StageSeconde.Web.Features.Placement;

/// <summary>
/// A declaration about a student's situation: what is declared and its note. The rules that need the student (a search note
/// needs text, an exemption a reason unless the student is STHR) are the entity's (<see cref="PlacementDeclaration.Declare"/>).
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
