namespace StageSeconde.Web.Domain;

/// <summary>One step of a convention's history: who moved it from which state to which, when and why.</summary>
public class AgreementTransition : SchoolEntity
{
    private AgreementTransition() { }

    internal AgreementTransition(Agreement agreement, AgreementState? from, AgreementState to, Actor by, DateTimeOffset at, string? comment)
    {
        SchoolId = agreement.SchoolId;
        AgreementId = agreement.Id;
        From = from;
        To = to;
        At = at.UtcDateTime;
        ByUserName = by.UserName;
        ByStaffId = by.StaffId;
        Comment = comment;
    }

    public int AgreementId { get; private set; }
    /// <summary>Null for the creation of the convention.</summary>
    public AgreementState? From { get; private set; }
    public AgreementState To { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime At { get; private set; }
    public string ByUserName { get; private set; } = "";
    public int? ByStaffId { get; private set; }
    public string? Comment { get; private set; }
}
