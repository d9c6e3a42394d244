namespace StageSeconde.Web.Domain.Programme;

/// <summary>A room of the lycée the in-school programme may use.</summary>
public class ProgrammeRoom : SchoolEntity, IArchivable
{
    public const int NameMaxLength = 100;

    private ProgrammeRoom() { }

    public ProgrammeRoom(string name, RoomKind kind, int capacity) => Update(name, kind, capacity);

    public string Name { get; private set; } = "";
    public RoomKind Kind { get; private set; }
    public int Capacity { get; private set; }
    public bool IsArchived { get; private set; }

    public void Update(string name, RoomKind kind, int capacity)
    {
        var cleanName = Normalized.Name(name);
        if (cleanName.Length == 0) throw new DomainException("Donnez un nom à la salle.", nameof(Name));
        if (cleanName.Length > NameMaxLength) throw new DomainException($"Le nom ne peut pas dépasser {NameMaxLength} caractères.", nameof(Name));
        if (!Enum.IsDefined(kind) || kind == RoomKind.Outside) throw new DomainException("Choisissez le type de salle.", nameof(Kind));
        if (capacity is < 1 or > 500) throw new DomainException("La capacité d'une salle est comprise entre 1 et 500 places.", nameof(Capacity));
        Name = cleanName;
        Kind = kind;
        Capacity = capacity;
    }

    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;
}
