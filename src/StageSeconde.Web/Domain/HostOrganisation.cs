namespace StageSeconde.Web.Domain;

/// <summary>Structure d'accueil, identified by its SIRET within a school.</summary>
public class HostOrganisation : SchoolEntity, IArchivable, ICreatedByRequest
{
    /// <summary>The creation form's request id (<see cref="ICreatedByRequest"/>); null for a record imported or made otherwise.</summary>
    public Guid? CreationRequestId { get; private set; }

    /// <summary>Keeps the id of the form that creates this record (once, before it is first saved).</summary>
    public void RecordCreationRequest(Guid? requestId)
    {
        if (requestId == Guid.Empty) throw new ArgumentException("A creation request id cannot be empty.", nameof(requestId));
        CreationRequestId = requestId;
    }

    private string _name = "";
    private string _city = "";

    private HostOrganisation() { }

    public HostOrganisation(HostDetails details)
    {
        UpdateDetails(details);
    }

    public string Name { get => _name; private set { _name = value; RefreshSearchKey(); } }
    public HostKind Kind { get; private set; }
    public string Siret { get; private set; } = "";
    public string AddressLine { get; private set; } = "";
    public string PostalCode { get; private set; } = "";
    public string City { get => _city; private set { _city = value; RefreshSearchKey(); } }

    public string RepresentativeName { get; private set; } = "";
    public string RepresentativeFunction { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Phone { get; private set; }

    public string? Insurer { get; private set; }
    public string? InsurancePolicyNumber { get; private set; }

    /// <summary>What the host does (« commerce de détail », « santé », « BTP »…), free text, optional: the 1ère team groups the pupils' experiences by it.</summary>
    public string? ActivitySector { get; private set; }
    public const int ActivitySectorMaxLength = 100;

    public bool IsArchived { get; private set; }
    public string SearchKey { get; private set; } = "";

    public List<Tutor> Tutors { get; set; } = [];

    /// <summary>Everything a convention prints about the host, normalised (compact SIRET, single spaces, national phone form).</summary>
    public void UpdateDetails(HostDetails details)
    {
        var name = Normalized.Name(details.Name);
        if (name != _name) Name = name;
        Kind = details.Kind;
        Siret = Normalized.Siret(details.Siret);
        AddressLine = Normalized.Name(details.AddressLine);
        PostalCode = Normalized.Name(details.PostalCode);
        var city = Normalized.Name(details.City);
        if (city != _city) City = city;
        RepresentativeName = Normalized.Name(details.RepresentativeName);
        RepresentativeFunction = Normalized.Name(details.RepresentativeFunction);
        Email = Normalized.Email(details.Email);
        Phone = Normalized.Phone(details.Phone);
        Insurer = Normalized.Text(details.Insurer);
        InsurancePolicyNumber = Normalized.Text(details.InsurancePolicyNumber);
    }

    /// <summary>Sets (or clears) the activity sector, apart from <see cref="HostDetails"/>: an import or a convention's form that does not know it leaves it as it is.</summary>
    public void SetActivitySector(string? sector) => ActivitySector = Normalized.Text(sector);

    /// <summary>The host's details as they are now, to change some of them (<c>Details with { City = … }</c>).</summary>
    public HostDetails Details => new(Name, Kind, Siret, AddressLine, PostalCode, City, RepresentativeName, RepresentativeFunction,
        Email, Phone, Insurer, InsurancePolicyNumber);

    /// <summary>A new tutor of this host (saved with it when the host is new).</summary>
    public Tutor AddTutor(string lastName, string firstName, string? function, string? email, string? phone)
    {
        var tutor = new Tutor(Id, lastName, firstName, function, email, phone) { SchoolId = SchoolId };
        Tutors.Add(tutor);
        return tutor;
    }

    /// <summary>No longer offered for new conventions, kept for those that name it.</summary>
    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;

    private void RefreshSearchKey() => SearchKey = SearchText.Key(_name, _city);
}
