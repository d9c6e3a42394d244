namespace StageSeconde.Web.Domain.Programme;

/// <summary>An activity of the lycée's catalogue for the in-school programme (pre-filled from the académie's list, edited by the Direction).</summary>
public class ProgrammeActivity : SchoolEntity, IArchivable
{
    public const int NameMaxLength = 150;
    public const int DescriptionMaxLength = 2000;
    public const int LinkMaxLength = 500;

    private ProgrammeActivity() { }

    public ProgrammeActivity(string name, ProgrammeTheme theme, string? description, string? link, int lengthInHalfDays, RoomKind roomKind,
        int maxGroupSize, SupervisorKind supervisorKind, bool isOuting) =>
        Update(name, theme, description, link, lengthInHalfDays, roomKind, maxGroupSize, supervisorKind, isOuting);

    public string Name { get; private set; } = "";
    public ProgrammeTheme Theme { get; private set; }
    public string? Description { get; private set; }
    /// <summary>An http(s) address of the resource (ONISEP, Onisep TV…).</summary>
    public string? Link { get; private set; }
    /// <summary>1 (a half-day) or 2 (a whole day: morning and afternoon of one day).</summary>
    public int LengthInHalfDays { get; private set; } = 1;
    public RoomKind RoomKind { get; private set; }
    public int MaxGroupSize { get; private set; }
    public SupervisorKind SupervisorKind { get; private set; }
    /// <summary>Takes place outside the lycée (no room booked): a visit.</summary>
    public bool IsOuting { get; private set; }
    public bool IsArchived { get; private set; }

    public void Update(string name, ProgrammeTheme theme, string? description, string? link, int lengthInHalfDays, RoomKind roomKind,
        int maxGroupSize, SupervisorKind supervisorKind, bool isOuting)
    {
        var cleanName = Normalized.Name(name);
        if (cleanName.Length == 0) throw new DomainException("Donnez un nom à l'activité.", nameof(Name));
        if (cleanName.Length > NameMaxLength) throw new DomainException($"Le nom ne peut pas dépasser {NameMaxLength} caractères.", nameof(Name));
        if (!Enum.IsDefined(theme)) throw new DomainException("Choisissez le thème de l'activité.", nameof(Theme));
        var text = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (text is { Length: > DescriptionMaxLength })
            throw new DomainException($"La description ne peut pas dépasser {DescriptionMaxLength} caractères.", nameof(Description));
        var url = string.IsNullOrWhiteSpace(link) ? null : link.Trim();
        if (url is not null && (url.Length > LinkMaxLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            throw new DomainException("Le lien doit être une adresse web complète, commençant par https://.", nameof(Link));
        if (lengthInHalfDays is not (1 or 2))
            throw new DomainException("Une activité dure une demi-journée ou une journée entière.", nameof(LengthInHalfDays));
        if (!Enum.IsDefined(roomKind)) throw new DomainException("Choisissez le type de salle.", nameof(RoomKind));
        if (maxGroupSize is < 1 or > 200) throw new DomainException("La taille maximale d'un groupe est comprise entre 1 et 200 élèves.", nameof(MaxGroupSize));
        if (!Enum.IsDefined(supervisorKind)) throw new DomainException("Choisissez qui encadre l'activité.", nameof(SupervisorKind));
        if (isOuting != (roomKind == RoomKind.Outside))
            throw new DomainException(isOuting
                ? "Une sortie a lieu hors du lycée : choisissez « Extérieur » comme lieu."
                : "Une activité à l'extérieur est une sortie : cochez « Sortie ».", nameof(IsOuting));

        Name = cleanName;
        Theme = theme;
        Description = text;
        Link = url;
        LengthInHalfDays = lengthInHalfDays;
        RoomKind = roomKind;
        MaxGroupSize = maxGroupSize;
        SupervisorKind = supervisorKind;
        IsOuting = isOuting;
    }

    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;
}
