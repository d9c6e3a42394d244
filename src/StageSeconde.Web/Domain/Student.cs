namespace StageSeconde.Web.Domain;

/// <summary>Élève de 2nde GT.</summary>
public class Student : SchoolEntity
{
    private string _lastName = "";
    private string _firstName = "";

    /// <summary>Identifiant national élève (may be missing for a newly arrived pupil).</summary>
    public string? Ine { get; set; }
    /// <summary>SIECLE's ELEVE_ID, the join key of imports.</summary>
    public string? SiecleId { get; set; }

    public string LastName { get => _lastName; set { _lastName = value; RefreshSearchKey(); } }
    public string FirstName { get => _firstName; set { _firstName = value; RefreshSearchKey(); } }
    public DateOnly BirthDate { get; set; }

    public int SchoolClassId { get; set; }
    public SchoolClass? SchoolClass { get; set; }

    public string? AddressLine { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>Pupils of the STHR series do a 4-week stage: the observation sequence is optional for them.</summary>
    public bool IsSthr { get; set; }
    /// <summary>Set when the pupil has left the school (never deleted once referenced).</summary>
    public DateOnly? LeftOn { get; set; }

    public string SearchKey { get; private set; } = "";

    public List<Guardian> Guardians { get; set; } = [];

    public string FullName => PersonName.LastFirst(LastName, FirstName);

    /// <summary>Age in whole years on <paramref name="day"/> (the first day of the sequence for the legal limits).</summary>
    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        if (BirthDate > day.AddYears(-age)) age--;
        return age;
    }

    private void RefreshSearchKey() => SearchKey = SearchText.Key(_lastName, _firstName);
}
