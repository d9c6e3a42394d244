using FluentValidation;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.ProgrammeSetup;

/// <summary>The create/edit form of an activity of the programme's catalogue.</summary>
public sealed class ActivityForm : IVersionedForm
{
    public int Version { get; set; }
    public string? Name { get; set; }
    public ProgrammeTheme? Theme { get; set; }
    public string? Description { get; set; }
    public string? Link { get; set; }
    public int? LengthInHalfDays { get; set; } = 1;
    public RoomKind? RoomKind { get; set; }
    public int? MaxGroupSize { get; set; }
    public SupervisorKind? SupervisorKind { get; set; } = Domain.Programme.SupervisorKind.Any;
    public bool IsOuting { get; set; }

    public static ActivityForm From(ProgrammeActivity a) => new()
    {
        Version = a.Version, Name = a.Name, Theme = a.Theme, Description = a.Description, Link = a.Link, LengthInHalfDays = a.LengthInHalfDays,
        RoomKind = a.RoomKind, MaxGroupSize = a.MaxGroupSize, SupervisorKind = a.SupervisorKind, IsOuting = a.IsOuting,
    };

    public ProgrammeActivity ToActivity() =>
        new(Name!, Theme!.Value, Description, Link, LengthInHalfDays!.Value, RoomKind!.Value, MaxGroupSize!.Value, SupervisorKind!.Value, IsOuting);

    public void ApplyTo(ProgrammeActivity a) =>
        a.Update(Name!, Theme!.Value, Description, Link, LengthInHalfDays!.Value, RoomKind!.Value, MaxGroupSize!.Value, SupervisorKind!.Value, IsOuting);
}

/// <summary>What the form can say before the entity (which checks the rest: the link's form, an outing's place).</summary>
public sealed class ActivityFormValidator : AbstractValidator<ActivityForm>
{
    public ActivityFormValidator()
    {
        RuleFor(f => f.Name).Required("Nom de l'activité").MaxChars(ProgrammeActivity.NameMaxLength);
        RuleFor(f => f.Theme).NotNull().WithMessage("Thème : choisissez une valeur.").IsInEnum().WithMessage("Thème inconnu.");
        RuleFor(f => f.Description).MaxChars(ProgrammeActivity.DescriptionMaxLength);
        RuleFor(f => f.Link).MaxChars(ProgrammeActivity.LinkMaxLength);
        RuleFor(f => f.LengthInHalfDays).NotNull().WithMessage("Durée : choisissez une valeur.")
            .Must(l => l is 1 or 2).WithMessage("Une activité dure une demi-journée ou une journée entière.");
        RuleFor(f => f.RoomKind).NotNull().WithMessage("Lieu : choisissez une valeur.").IsInEnum().WithMessage("Lieu inconnu.");
        RuleFor(f => f.MaxGroupSize).NotNull().WithMessage("Taille maximale du groupe : ce champ est obligatoire.")
            .InclusiveBetween(1, 200).WithMessage("La taille maximale d'un groupe est comprise entre 1 et 200 élèves.");
        RuleFor(f => f.SupervisorKind).NotNull().WithMessage("Encadrement : choisissez une valeur.").IsInEnum().WithMessage("Encadrement inconnu.");
    }
}
