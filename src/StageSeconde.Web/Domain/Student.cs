namespace StageSeconde.Web.Domain;

/// <summary>Élève de 2nde GT.</summary>
public class Student : SchoolEntity, ICreatedByRequest
{
    /// <summary>The creation form's request id (<see cref="ICreatedByRequest"/>); null for a record imported or made otherwise.</summary>
    public Guid? CreationRequestId { get; private set; }

    /// <summary>Keeps the id of the form that creates this record (once, before it is first saved).</summary>
    public void RecordCreationRequest(Guid? requestId)
    {
        if (requestId == Guid.Empty) throw new ArgumentException("A creation request id cannot be empty.", nameof(requestId));
        CreationRequestId = requestId;
    }

    private string _lastName = "";
    private string _firstName = "";

    private Student() { }

    /// <summary>A new student of the class <paramref name="schoolClassId"/>; contact details come with <see cref="UpdateContact"/>.</summary>
    public Student(int schoolClassId, string? ine, string lastName, string firstName, DateOnly birthDate, bool isSthr = false)
    {
        UpdateDetails(ine, lastName, firstName, birthDate, schoolClassId, isSthr);
    }

    /// <summary>A new student of <paramref name="schoolClass"/>, a class that may be new too (saved together).</summary>
    public Student(SchoolClass schoolClass, string? ine, string lastName, string firstName, DateOnly birthDate, bool isSthr = false)
        : this(schoolClass.Id, ine, lastName, firstName, birthDate, isSthr)
    {
        SchoolClass = schoolClass;
    }

    /// <summary>Identifiant national élève (may be missing for a newly arrived student).</summary>
    public string? Ine { get; private set; }
    /// <summary>SIECLE's ELEVE_ID, the join key of imports.</summary>
    public string? SiecleId { get; private set; }

    public string LastName { get => _lastName; private set { _lastName = value; RefreshSearchKey(); } }
    public string FirstName { get => _firstName; private set { _firstName = value; RefreshSearchKey(); } }
    public DateOnly BirthDate { get; private set; }

    public int SchoolClassId { get; private set; }
    public SchoolClass? SchoolClass { get; private set; }

    public string? AddressLine { get; private set; }
    public string? PostalCode { get; private set; }
    public string? City { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }

    /// <summary>Students of the STHR series do a 4-week stage: the observation sequence is optional for them.</summary>
    public bool IsSthr { get; private set; }
    /// <summary>Set when the student has left the school (never deleted once referenced).</summary>
    public DateOnly? LeftOn { get; private set; }

    public string SearchKey { get; private set; } = "";

    /// <summary>When the retention purge anonymised this pupil (issue 13); null while the pupil's data is kept.</summary>
    public DateTime? AnonymisedAt { get; private set; }

    public List<Guardian> Guardians { get; set; } = [];

    public string FullName => PersonName.LastFirst(LastName, FirstName);

    /// <summary>The student has left the school: no new convention, no declaration, not among the present students.</summary>
    public bool HasLeft => LeftOn is not null;

    /// <summary>Who the student is and in which class, normalised (trimmed names, upper-case INE).</summary>
    public void UpdateDetails(string? ine, string lastName, string firstName, DateOnly birthDate, int schoolClassId, bool isSthr)
    {
        var last = Normalized.Name(lastName);
        var first = Normalized.Name(firstName);
        if (last.Length == 0 || first.Length == 0) throw new DomainException("Un élève a un nom et un prénom.");
        Ine = Normalized.Ine(ine);
        if (last != _lastName) LastName = last;
        if (first != _firstName) FirstName = first;
        BirthDate = birthDate;
        SchoolClassId = schoolClassId;
        IsSthr = isSthr;
    }

    /// <summary>The student changes class (a new school year's division, an import).</summary>
    public void MoveToClass(int schoolClassId) => SchoolClassId = schoolClassId;

    /// <summary>The student's own address and contact, normalised (blanks as null, national phone form).</summary>
    public void UpdateContact(string? addressLine, string? postalCode, string? city, string? email, string? phone)
    {
        AddressLine = Normalized.Text(addressLine);
        PostalCode = Normalized.Text(postalCode);
        City = Normalized.Text(city);
        Email = Normalized.Email(email);
        Phone = Normalized.Phone(phone);
    }

    /// <summary>The SIECLE record this student is (set by imports, never cleared).</summary>
    public void LinkToSiecle(string siecleId) => SiecleId = Normalized.Text(siecleId) ?? SiecleId;

    /// <summary>Marks the student as having left the school on <paramref name="on"/>; a student who has already left keeps the first date.</summary>
    public void Leave(DateOnly on) => LeftOn ??= on;

    /// <summary>Brings back a student who had left among the present students.</summary>
    public void Return() => LeftOn = null;

    /// <summary>Age in whole years on <paramref name="day"/> (the first day of the sequence for the legal limits).</summary>
    public int AgeOn(DateOnly day) => AgeOn(BirthDate, day);

    /// <summary>Age in whole years on <paramref name="day"/> of someone born on <paramref name="birthDate"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        if (birthDate > day.AddYears(-age)) age--;
        return age;
    }

    /// <summary>
    /// The retention period is over: the pupil keeps an id, a class and the birth year (so that counts still add up) but
    /// no name, identifier, address or contact. Anonymising twice changes nothing.
    /// </summary>
    public void Anonymise(DateTimeOffset at)
    {
        if (AnonymisedAt is not null) return;
        LastName = "Anonyme";
        FirstName = $"Élève {Id}";
        Ine = null;
        SiecleId = null;
        BirthDate = new DateOnly(BirthDate.Year, 1, 1);
        AddressLine = PostalCode = City = Email = Phone = null;
        AnonymisedAt = at.UtcDateTime;
    }

    private void RefreshSearchKey() => SearchKey = SearchText.Key(_lastName, _firstName);
}
