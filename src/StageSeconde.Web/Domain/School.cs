namespace StageSeconde.Web.Domain;

/// <summary>Établissement (lycée), identified by its UAI.</summary>
public class School : Entity
{
    public string Uai { get; set; } = "";
    public string Name { get; set; } = "";
    public string AddressLine { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public SchoolSector Sector { get; set; }
    public string? Academy { get; set; }

    public string HeadName { get; set; } = "";
    public string? HeadEmail { get; set; }
    public string? HeadPhone { get; set; }

    /// <summary>Minutes, counted in <see cref="Hours"/>, before an unacknowledged absence alert escalates to the Direction.</summary>
    public int AlertDelayMinutes { get; set; } = DefaultAlertDelayMinutes;
    public TimeOnly OpensAt { get; set; } = new(8, 0);
    public TimeOnly ClosesAt { get; set; } = new(18, 0);
    public bool OpenOnSaturday { get; set; }
    /// <summary>The e-mail the CPE may send to the guardians about an absence; null: the default template of the absences feature.</summary>
    public string? FamilyAbsenceTemplate { get; set; }

    /// <summary>Days a signing link stays valid.</summary>
    public int SignatureLinkDays { get; set; } = DefaultSignatureLinkDays;
    /// <summary>Days without a signature after which a party is reminded (then again every as many days).</summary>
    public int SignatureReminderDays { get; set; } = DefaultSignatureReminderDays;
    /// <summary>Whether validating a convention starts the online signature collection by itself.</summary>
    public bool StartSignaturesOnValidation { get; set; }
    /// <summary>The account of the chef d'établissement (a Direction account), chosen by the administrator: it signs conventions for the lycée.</summary>
    public string? HeadUserId { get; set; }

    public const int DefaultAlertDelayMinutes = 30;
    public const int DefaultSignatureLinkDays = 15;
    public const int DefaultSignatureReminderDays = 3;
    public const int FamilyAbsenceTemplateMaxLength = 4000;

    public SchoolHours Hours => new(OpensAt, ClosesAt, OpenOnSaturday);
}
