namespace StageSeconde.Web.Domain;

/// <summary>What a declaration says, as a form gives it (<see cref="PlacementDeclaration.Declare(Student, DeclarationRequest, Actor, DateTimeOffset, DeclarationContext)"/>).</summary>
public sealed record DeclarationRequest(
    DeclarationKind Kind, string? Note = null, SnuKind? SnuKind = null, DateOnly? StartsOn = null, DateOnly? EndsOn = null,
    string? Country = null, string? Organisation = null, PeriodOption? Weeks = null, DeclarationKind? Withdraws = null);

/// <summary>A signed (or completed) convention of the student, which a declaration must not contradict.</summary>
public sealed record SignedConvention(string HostName, PeriodOption Period, DateOnly FirstDay, DateOnly LastDay);

/// <summary>What the rules of a declaration need besides the student: the period, the signed conventions, who declares.</summary>
public sealed record DeclarationContext(ObservationWeeks? Period, IReadOnlyList<SignedConvention> Signed, bool ByDirection)
{
    /// <summary>No period known, no signed convention, not the direction (notes, withdrawals, the programme's own declarations).</summary>
    public static readonly DeclarationContext None = new(null, [], false);
}

/// <summary>
/// A dated, attributed declaration about a student's situation: a search note, an alternative to a host with its facts
/// (SNU with its kind and dates; mobility with its dates, country and organisation; exemption with its ground; in-school
/// programme with its weeks), the explicit withdrawal of an alternative, or an STHR student's choice to do the sequence.
/// Declarations are never edited: a new one of the same kind supersedes the previous one (<see cref="PlacementRules.InForce"/>).
/// </summary>
public class PlacementDeclaration : SchoolEntity
{
    public const int NoteMaxLength = 1000, CountryMaxLength = 100, OrganisationMaxLength = 200;

    /// <summary>A mobility stands for the sequence from two weeks on.</summary>
    public const int MobilityMinDays = 14;

    private PlacementDeclaration() { }

    public int StudentId { get; private set; }
    public Student? Student { get; private set; }
    public DeclarationKind Kind { get; private set; }
    public string? Note { get; private set; }
    public DateTime DeclaredAt { get; private set; }
    public string DeclaredBy { get; private set; } = "";
    public int? DeclaredByStaffId { get; private set; }

    /// <summary>SNU only: séjour de cohésion or mission d'intérêt général.</summary>
    public SnuKind? SnuKind { get; private set; }
    /// <summary>SNU and mobility: first and last day.</summary>
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    /// <summary>Mobility only.</summary>
    public string? Country { get; private set; }
    public string? Organisation { get; private set; }
    /// <summary>In-school programme only: the weeks declared.</summary>
    public PeriodOption? Weeks { get; private set; }
    /// <summary>Exemption only: on what ground.</summary>
    public ExemptionGround? Exemption { get; private set; }
    /// <summary>Withdrawal only: the alternative withdrawn.</summary>
    public DeclarationKind? Withdraws { get; private set; }

    public PlacementRules.DeclarationFact Fact => new(Kind, DeclaredAt, StartsOn, EndsOn, Weeks, Withdraws);

    /// <summary>A declaration that needs no more than a note (search note; programme for both weeks; notes of the application itself).</summary>
    public static PlacementDeclaration Declare(Student student, DeclarationKind kind, string? note, Actor by, DateTimeOffset at) =>
        Declare(student, new DeclarationRequest(kind, note), by, at, DeclarationContext.None);

    public static PlacementDeclaration Declare(Student student, DeclarationRequest request, Actor by, DateTimeOffset at, DeclarationContext context)
    {
        if (student.HasLeft)
            throw new DomainException("Cet élève a quitté le lycée : sa situation ne peut plus être modifiée.");
        var kind = request.Kind;
        if (!Enum.IsDefined(kind)) throw new DomainException("Type de déclaration inconnu.", nameof(Kind));
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note is { Length: > NoteMaxLength })
            throw new DomainException($"La note ne peut pas dépasser {NoteMaxLength} caractères.", nameof(Note));

        var declaration = new PlacementDeclaration
        {
            SchoolId = student.SchoolId,
            StudentId = student.Id,
            Kind = kind,
            Note = note,
            DeclaredAt = at.UtcDateTime,
            DeclaredBy = by.UserName,
            DeclaredByStaffId = by.StaffId,
        };
        switch (kind)
        {
            case DeclarationKind.Searching when note is null:
                throw new DomainException("Indiquez où en est la recherche de l'élève (une note datée).", nameof(Note));
            case DeclarationKind.Snu:
                declaration.SnuKind = request.SnuKind is { } snuKind && Enum.IsDefined(snuKind) ? snuKind
                    : throw new DomainException("SNU : indiquez s'il s'agit du séjour de cohésion ou d'une mission d'intérêt général.", nameof(SnuKind));
                (declaration.StartsOn, declaration.EndsOn) = Dates(request, "SNU");
                break;
            case DeclarationKind.Mobility:
                var (start, end) = Dates(request, "Mobilité");
                var days = end.DayNumber - start.DayNumber + 1;
                if (days < MobilityMinDays)
                    throw new DomainException($"Une mobilité ne remplace la séquence d'observation qu'à partir de deux semaines ({MobilityMinDays} jours) : celle-ci dure {days} jour(s).", nameof(EndsOn));
                (declaration.StartsOn, declaration.EndsOn) = (start, end);
                declaration.Country = Required(request.Country, CountryMaxLength, "Mobilité : indiquez le pays.", nameof(Country));
                declaration.Organisation = Required(request.Organisation, OrganisationMaxLength, "Mobilité : indiquez l'organisme ou l'établissement d'accueil.", nameof(Organisation));
                break;
            case DeclarationKind.Exempted when student.IsSthr:
                declaration.Exemption = ExemptionGround.SthrOptOut;
                break;
            case DeclarationKind.Exempted:
                if (!context.ByDirection)
                    throw new DomainException("Seule la direction peut dispenser un élève de la séquence (hors élève STHR).", nameof(Kind));
                if (note is null)
                    throw new DomainException("Une dispense décidée par la direction doit être motivée : indiquez la raison dans la note.", nameof(Note));
                declaration.Exemption = ExemptionGround.DirectionDecision;
                break;
            case DeclarationKind.InSchoolProgramme:
                declaration.Weeks = request.Weeks is null or PeriodOption.BothWeeks ? PeriodOption.BothWeeks
                    : Enum.IsDefined(request.Weeks.Value) ? request.Weeks : throw new DomainException("Semaines : cette valeur est inconnue.", nameof(Weeks));
                break;
            case DeclarationKind.Withdrawal:
                declaration.Withdraws = request.Withdraws is { } withdrawn && PlacementRules.Alternatives.Contains(withdrawn) ? withdrawn
                    : throw new DomainException("Retrait : indiquez la solution retirée.", nameof(Withdraws));
                break;
            case DeclarationKind.SthrDoesSequence when !student.IsSthr:
                throw new DomainException("Ce choix ne concerne que les élèves de la série STHR.", nameof(Kind));
        }

        if (context.Period is { } period) CheckAgainstSignedConventions(declaration.Fact, period, context.Signed);
        return declaration;
    }

    /// <summary>A declaration covering a week a signed convention covers contradicts it: refused, naming the convention.</summary>
    private static void CheckAgainstSignedConventions(PlacementRules.DeclarationFact fact, ObservationWeeks period, IReadOnlyList<SignedConvention> signed)
    {
        foreach (var week in new[] { 1, 2 })
        {
            if (!PlacementRules.Covers(fact, week, period)) continue;
            var convention = signed.FirstOrDefault(c => PlacementRules.CoversWeek(c.Period, week));
            if (convention is null) continue;
            throw new DomainException(
                $"L'élève a une convention signée avec {convention.HostName} du {FrenchTime.Date(convention.FirstDay)} au {FrenchTime.Date(convention.LastDay)}, "
                + $"qui couvre la semaine {week} : cette déclaration la contredit. Déclarez une solution pour l'autre semaine seulement, "
                + "ou faites d'abord annuler la convention par la direction.", nameof(Kind));
        }
    }

    private static (DateOnly Start, DateOnly End) Dates(DeclarationRequest request, string what)
    {
        if (request.StartsOn is not { } start) throw new DomainException($"{what} : indiquez la date de début.", nameof(StartsOn));
        if (request.EndsOn is not { } end) throw new DomainException($"{what} : indiquez la date de fin.", nameof(EndsOn));
        if (end < start)
            throw new DomainException($"{what} : la date de fin ({FrenchTime.Date(end)}) précède la date de début ({FrenchTime.Date(start)}).", nameof(EndsOn));
        return (start, end);
    }

    private static string Required(string? value, int maxLength, string message, string field)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is null) throw new DomainException(message, field);
        if (trimmed.Length > maxLength) throw new DomainException($"{message.Split(':')[0].Trim()} : {maxLength} caractères au plus.", field);
        return trimmed;
    }

    /// <summary>The note goes when the pupil is anonymised (issue 13); the kind and the date stay.</summary>
    public void ClearNote() => Note = null;
}
