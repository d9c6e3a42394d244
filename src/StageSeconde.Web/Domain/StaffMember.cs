namespace StageSeconde.Web.Domain;

/// <summary>Personnel of the school; linked to a login when it has an account.</summary>
public class StaffMember : SchoolEntity
{
    private string _lastName = "";
    private string _firstName = "";

    public string LastName { get => _lastName; set { _lastName = value; RefreshSearchKey(); } }
    public string FirstName { get => _firstName; set { _firstName = value; RefreshSearchKey(); } }
    /// <summary>Fonction, e.g. "Professeure de SVT", "CPE".</summary>
    public string Function { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Phone { get; set; }

    public bool AvailableDuringPeriod { get; set; } = true;
    public bool BusyAsExaminer { get; set; }
    public bool IsArchived { get; set; }

    public string SearchKey { get; private set; } = "";

    public List<SchoolClass> PrincipalOfClasses { get; set; } = [];

    public string FullName => PersonName.FirstLast(FirstName, LastName);

    private void RefreshSearchKey() => SearchKey = SearchText.Key(_lastName, _firstName);
}
