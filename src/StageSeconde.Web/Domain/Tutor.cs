namespace StageSeconde.Web.Domain;

/// <summary>Tuteur: the person who welcomes the student in the host organisation.</summary>
public class Tutor : SchoolEntity, ICreatedByRequest
{
    /// <summary>The creation form's request id (<see cref="ICreatedByRequest"/>); null for a record imported or made otherwise.</summary>
    public Guid? CreationRequestId { get; private set; }

    /// <summary>Keeps the id of the form that creates this record (once, before it is first saved).</summary>
    public void RecordCreationRequest(Guid? requestId)
    {
        if (requestId == Guid.Empty) throw new ArgumentException("A creation request id cannot be empty.", nameof(requestId));
        CreationRequestId = requestId;
    }

    private Tutor() { }

    /// <summary>A new tutor of the host <paramref name="hostOrganisationId"/> (0 while the host is new: see <see cref="HostOrganisation.AddTutor"/>).</summary>
    public Tutor(int hostOrganisationId, string lastName, string firstName, string? function, string? email, string? phone)
    {
        HostOrganisationId = hostOrganisationId;
        UpdateDetails(lastName, firstName, function, email, phone);
    }

    public int HostOrganisationId { get; private set; }
    public HostOrganisation? HostOrganisation { get; private set; }

    public string LastName { get; private set; } = "";
    public string FirstName { get; private set; } = "";
    public string Function { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Phone { get; private set; }

    /// <summary>When the retention purge anonymised this tutor (issue 13).</summary>
    public DateTime? AnonymisedAt { get; private set; }

    /// <summary>The retention period is over: no name or contact any more (the function and the host stay). Idempotent.</summary>
    public void Anonymise(DateTimeOffset at)
    {
        if (AnonymisedAt is not null) return;
        LastName = "Anonyme";
        FirstName = $"Tuteur {Id}";
        Email = Phone = null;
        AnonymisedAt = at.UtcDateTime;
    }

    public string FullName => PersonName.FirstLast(FirstName, LastName);

    /// <summary>Name, function and contact, normalised (single spaces, blanks as null, national phone form).</summary>
    public void UpdateDetails(string lastName, string firstName, string? function, string? email, string? phone)
    {
        var last = Normalized.Name(lastName);
        var first = Normalized.Name(firstName);
        if (last.Length == 0 || first.Length == 0) throw new DomainException("Un tuteur a un nom et un prénom.");
        LastName = last;
        FirstName = first;
        Function = Normalized.Name(function);
        Email = Normalized.Email(email);
        Phone = Normalized.Phone(phone);
    }
}
