namespace StageSeconde.Web.Domain;

/// <summary>
/// A convention printed on paper (batch printing): who printed it and when. A convention may be printed several times;
/// the printing page leaves out, by default, the conventions printed at least once.
/// </summary>
public class AgreementPrint : SchoolEntity
{
    private AgreementPrint() { }

    public AgreementPrint(int agreementId, string printedBy, DateTimeOffset printedAt)
    {
        if (string.IsNullOrWhiteSpace(printedBy)) throw new ArgumentException("Who printed the convention is required.", nameof(printedBy));
        AgreementId = agreementId;
        PrintedBy = printedBy;
        PrintedAt = printedAt.UtcDateTime;
    }

    public int AgreementId { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime PrintedAt { get; private set; }
    /// <summary>The user name (login) of who printed it.</summary>
    public string PrintedBy { get; private set; } = "";
}
