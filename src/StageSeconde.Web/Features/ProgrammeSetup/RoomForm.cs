using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.ProgrammeSetup;

/// <summary>The create/edit form of a room the programme may use.</summary>
public sealed class RoomForm : IVersionedForm
{
    public int Version { get; set; }
    public string? Name { get; set; }
    public RoomKind? Kind { get; set; }
    public int? Capacity { get; set; }

    /// <summary>The kinds a room can be (not « Extérieur », which is the place of an outing).</summary>
    public static IEnumerable<RoomKind> Kinds => Enum.GetValues<RoomKind>().Where(k => k != RoomKind.Outside);

    public static RoomForm From(ProgrammeRoom r) => new() { Version = r.Version, Name = r.Name, Kind = r.Kind, Capacity = r.Capacity };

    public ProgrammeRoom ToRoom() => new(Name!, Kind!.Value, Capacity!.Value);

    public void ApplyTo(ProgrammeRoom r) => r.Update(Name!, Kind!.Value, Capacity!.Value);
}

public sealed class RoomFormValidator : AbstractValidator<RoomForm>
{
    public RoomFormValidator()
    {
        RuleFor(f => f.Name).Required("Nom de la salle").MaxChars(ProgrammeRoom.NameMaxLength);
        RuleFor(f => f.Kind).NotNull().WithMessage("Type de salle : choisissez une valeur.")
            .Must(k => k is null || RoomForm.Kinds.Contains(k.Value)).WithMessage("Type de salle inconnu.");
        RuleFor(f => f.Capacity).NotNull().WithMessage("Capacité : ce champ est obligatoire.")
            .InclusiveBetween(1, 500).WithMessage("La capacité d'une salle est comprise entre 1 et 500 places.");
    }
}

public sealed record RoomRow(int Id, string Name, RoomKind Kind, int Capacity, bool IsArchived, int Version);

/// <summary>The school's rooms, by kind then name; archived ones last.</summary>
public static class RoomList
{
    public static Task<List<RoomRow>> LoadAsync(AppDbContext db, CancellationToken ct) =>
        db.ProgrammeRooms.AsNoTracking()
            .OrderBy(r => r.IsArchived).ThenBy(r => r.Kind).ThenBy(r => r.Name)
            .Select(r => new RoomRow(r.Id, r.Name, r.Kind, r.Capacity, r.IsArchived, r.Version))
            .ToListAsync(ct);
}

/// <summary>The room form page: <paramref name="Id"/> is the room edited (null for a new one).</summary>
public sealed record RoomFormPage(int? Id, RoomForm Form);
