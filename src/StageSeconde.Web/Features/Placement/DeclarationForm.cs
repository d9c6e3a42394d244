using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;

namespace StageSeconde.Web.Features.Placement;

/// <summary>
/// A declaration about a student's situation: what is declared, its facts (one fieldset per kind: SNU, mobility, programme,
/// withdrawal) and its note. The rules that need the student, the period or the signed conventions are the entity's
/// (<see cref="PlacementDeclaration.Declare(Student, DeclarationRequest, Actor, DateTimeOffset, DeclarationContext)"/>).
/// </summary>
public sealed class DeclarationForm
{
    public DeclarationKind? Kind { get; set; }
    public string? Note { get; set; }

    public SnuKind? SnuKind { get; set; }
    public DateOnly? SnuStart { get; set; }
    public DateOnly? SnuEnd { get; set; }

    public DateOnly? MobilityStart { get; set; }
    public DateOnly? MobilityEnd { get; set; }
    public string? Country { get; set; }
    public string? Organisation { get; set; }

    public PeriodOption? ProgrammeWeeks { get; set; }

    public DeclarationKind? Withdraws { get; set; }

    /// <summary>What the entity needs: only the fields of the chosen kind.</summary>
    public DeclarationRequest ToRequest() => Kind switch
    {
        DeclarationKind.Snu => new(DeclarationKind.Snu, Note, SnuKind: SnuKind, StartsOn: SnuStart, EndsOn: SnuEnd),
        DeclarationKind.Mobility => new(DeclarationKind.Mobility, Note, StartsOn: MobilityStart, EndsOn: MobilityEnd, Country: Country, Organisation: Organisation),
        DeclarationKind.InSchoolProgramme => new(DeclarationKind.InSchoolProgramme, Note, Weeks: ProgrammeWeeks ?? PeriodOption.BothWeeks),
        DeclarationKind.Withdrawal => new(DeclarationKind.Withdrawal, Note, Withdraws: Withdraws),
        { } kind => new(kind, Note),
        null => throw new InvalidOperationException("Validated first."),
    };

    /// <summary>The form field an entity error (<see cref="DomainException.Field"/>) is about, for the chosen kind.</summary>
    public string? FieldOf(string? entityField) => (Kind, entityField) switch
    {
        (DeclarationKind.Snu, nameof(PlacementDeclaration.StartsOn)) => nameof(SnuStart),
        (DeclarationKind.Snu, nameof(PlacementDeclaration.EndsOn)) => nameof(SnuEnd),
        (DeclarationKind.Mobility, nameof(PlacementDeclaration.StartsOn)) => nameof(MobilityStart),
        (DeclarationKind.Mobility, nameof(PlacementDeclaration.EndsOn)) => nameof(MobilityEnd),
        (_, nameof(PlacementDeclaration.Weeks)) => nameof(ProgrammeWeeks),
        _ => entityField,
    };
}

public sealed class DeclarationFormValidator : AbstractValidator<DeclarationForm>
{
    public DeclarationFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Situation déclarée : choisissez une valeur.")
            .IsInEnum().WithMessage("Situation déclarée : cette valeur est inconnue.");
        RuleFor(f => f.Note).MaxChars(PlacementDeclaration.NoteMaxLength);
        RuleFor(f => f.SnuKind).IsInEnum().WithMessage("Type de SNU : cette valeur est inconnue.");
        RuleFor(f => f.ProgrammeWeeks).IsInEnum().WithMessage("Semaines : cette valeur est inconnue.");
        RuleFor(f => f.Withdraws).IsInEnum().WithMessage("Solution retirée : cette valeur est inconnue.");
        When(f => f.Kind == DeclarationKind.Mobility, () =>
        {
            RuleFor(f => f.Country).MaxChars(PlacementDeclaration.CountryMaxLength);
            RuleFor(f => f.Organisation).MaxChars(PlacementDeclaration.OrganisationMaxLength);
        });
    }
}
