namespace StageSeconde.Web.Domain;

/// <summary>Responsable légal (or another contact) of a student.</summary>
public class Guardian : SchoolEntity, ICreatedByRequest
{
    /// <summary>The creation form's request id (<see cref="ICreatedByRequest"/>); null for a record imported or made otherwise.</summary>
    public Guid? CreationRequestId { get; private set; }

    /// <summary>Keeps the id of the form that creates this record (once, before it is first saved).</summary>
    public void RecordCreationRequest(Guid? requestId)
    {
        if (requestId == Guid.Empty) throw new ArgumentException("A creation request id cannot be empty.", nameof(requestId));
        CreationRequestId = requestId;
    }

    public int StudentId { get; set; }
    public Student? Student { get; set; }

    /// <summary>SIECLE's PERSONNE_ID, the join key of imports.</summary>
    public string? SiecleId { get; set; }

    public string LastName { get; set; } = "";
    public string FirstName { get; set; } = "";
    public GuardianRelationship Relationship { get; set; }
    public bool IsLegalGuardian { get; set; } = true;

    public string? Email { get; set; }
    public string? MobilePhone { get; set; }
    public string? HomePhone { get; set; }
    public string? AddressLine { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }

    /// <summary>Anonymised with the pupil when the retention period is over (issue 13).</summary>
    public void Anonymise()
    {
        LastName = "Anonyme";
        FirstName = "Responsable";
        SiecleId = null;
        Email = MobilePhone = HomePhone = AddressLine = PostalCode = City = null;
    }

    public string FullName => PersonName.FirstLast(FirstName, LastName);
    public bool HasContact => !string.IsNullOrWhiteSpace(Email) || !string.IsNullOrWhiteSpace(MobilePhone) || !string.IsNullOrWhiteSpace(HomePhone);
}
