using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Absences;

/// <summary>How the family was informed, as the CPE records it (Paris time).</summary>
public sealed class FamilyInformedForm : IVersionedForm
{
    public const string Prefix = "Family";

    public int Version { get; set; }
    public DateOnly? On { get; set; }
    public TimeOnly? At { get; set; }
    public ContactMethod? Method { get; set; }
    public string? PersonReached { get; set; }
    public string? Outcome { get; set; }

    /// <summary>The ways the CPE reaches a family (a visit or an ENT message are the referent teacher's).</summary>
    public static IReadOnlyList<ContactMethod> Methods { get; } = [ContactMethod.Phone, ContactMethod.Sms, ContactMethod.Email, ContactMethod.Letter, ContactMethod.InPerson];

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The instant the form gives, read as Paris time (a validated form: date and time are there).</summary>
    public DateTimeOffset InformedAt()
    {
        var local = DateTime.SpecifyKind(On!.Value.ToDateTime(At!.Value), DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Paris), TimeSpan.Zero);
    }

    /// <summary>The form's field for a rule of <see cref="Absence.RecordFamilyInformed"/>.</summary>
    public static string? FieldOf(string? domainField) => domainField switch
    {
        nameof(Absence.FamilyInformedAt) => nameof(At),
        nameof(Absence.FamilyPersonReached) => nameof(PersonReached),
        nameof(Absence.FamilyContactOutcome) => nameof(Outcome),
        _ => null,
    };
}

public sealed class FamilyInformedFormValidator : AbstractValidator<FamilyInformedForm>
{
    public FamilyInformedFormValidator()
    {
        RuleFor(f => f.On).NotNull().WithMessage("Date : ce champ est obligatoire.");
        RuleFor(f => f.At).NotNull().WithMessage("Heure : ce champ est obligatoire.");
        RuleFor(f => f.Method).NotNull().WithMessage("Moyen : choisissez comment la famille a été prévenue.")
            .Must(m => m is null || FamilyInformedForm.Methods.Contains(m.Value)).WithMessage("Moyen inconnu.");
        RuleFor(f => f.PersonReached).Required("Personne jointe").MaxChars(Absence.PersonReachedMaxLength)
            .Must(t => !PlainText.HasMarkup(t)).WithMessage(PlainText.MarkupMessage);
        RuleFor(f => f.Outcome).MaxChars(Absence.OutcomeMaxLength)
            .Must(t => !PlainText.HasMarkup(t)).WithMessage(PlainText.MarkupMessage);
    }
}

/// <summary>The e-mail to the guardians, from the school's template, as the CPE has read and possibly changed it.</summary>
public sealed class FamilyMailForm
{
    public const string Prefix = "Mail";
    public const int BodyMaxLength = Domain.School.FamilyAbsenceTemplateMaxLength + 2000;

    public string? Subject { get; set; }
    public string? Body { get; set; }
}

public sealed class FamilyMailFormValidator : AbstractValidator<FamilyMailForm>
{
    public FamilyMailFormValidator()
    {
        RuleFor(f => f.Subject).Required("Objet").MaxChars(200)
            .Must(t => !PlainText.HasMarkup(t)).WithMessage(PlainText.MarkupMessage);
        RuleFor(f => f.Body).Required("Message").MaxChars(FamilyMailForm.BodyMaxLength)
            .Must(t => !PlainText.HasMarkup(t)).WithMessage(PlainText.MarkupMessage);
    }
}

/// <summary>The CPE's decision on an absence: justified or not, why, and optionally the supporting document (the file field, outside this form).</summary>
public sealed class JustificationForm : IVersionedForm
{
    public const string Prefix = "Justification";
    /// <summary>The file field's name (and ModelState key).</summary>
    public const string DocumentField = "document";

    public int Version { get; set; }
    public bool? Justified { get; set; }
    public string? Reason { get; set; }
}

public sealed class JustificationFormValidator : AbstractValidator<JustificationForm>
{
    public JustificationFormValidator()
    {
        RuleFor(f => f.Justified).NotNull().WithMessage("Décision : indiquez si l'absence est justifiée ou non.");
        RuleFor(f => f.Reason).Required("Motif").MaxChars(Absence.ReasonMaxLength)
            .Must(t => !PlainText.HasMarkup(t)).WithMessage(PlainText.MarkupMessage);
    }
}
