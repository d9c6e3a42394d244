namespace StageSeconde.Web.Domain;

/// <summary>Personnel of the school; linked to a login when it has an account.</summary>
public class StaffMember : SchoolEntity, IArchivable
{
    private string _lastName = "";
    private string _firstName = "";

    private StaffMember() { }

    public StaffMember(string lastName, string firstName, string? function, string email, string? phone = null)
    {
        UpdateDetails(lastName, firstName, function, email, phone);
    }

    public string LastName { get => _lastName; private set { _lastName = value; RefreshSearchKey(); } }
    public string FirstName { get => _firstName; private set { _firstName = value; RefreshSearchKey(); } }
    /// <summary>Fonction, e.g. "Professeure de SVT", "CPE".</summary>
    public string Function { get; private set; } = "";
    /// <summary>The login address: stored in lower case, unique in the school.</summary>
    public string Email { get; private set; } = "";
    public string? Phone { get; private set; }

    public bool AvailableDuringPeriod { get; private set; } = true;
    public bool IsArchived { get; private set; }

    public string SearchKey { get; private set; } = "";

    public List<SchoolClass> PrincipalOfClasses { get; set; } = [];

    public string FullName => PersonName.FirstLast(FirstName, LastName);

    /// <summary>Name, function and contact, normalised (single spaces, lower-case e-mail, national phone form).</summary>
    public void UpdateDetails(string lastName, string firstName, string? function, string email, string? phone)
    {
        var last = Normalized.Name(lastName);
        var first = Normalized.Name(firstName);
        var login = Normalized.LoginEmail(email);
        if (last.Length == 0 || first.Length == 0) throw new DomainException("Un personnel a un nom et un prénom.");
        if (login.Length == 0) throw new DomainException("Un personnel a une adresse électronique.");
        if (last != _lastName) LastName = last;
        if (first != _firstName) FirstName = first;
        Function = Normalized.Name(function);
        Email = login;
        Phone = Normalized.Phone(phone);
    }

    /// <summary>
    /// What the referent proposal takes into account for the observation period. Examiner duty is dated
    /// (<see cref="Programme.ExaminerDuty"/>), no longer a yes/no flag here.
    /// </summary>
    public void UpdateAvailability(bool availableDuringPeriod) => AvailableDuringPeriod = availableDuringPeriod;

    /// <summary>No longer offered (as professeur principal, as referent), kept for what refers to it.</summary>
    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;

    private void RefreshSearchKey() => SearchKey = SearchText.Key(_lastName, _firstName);
}
