using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Validation;

namespace StageSeconde.Web.Features.School;

/// <summary>The school's settings: what the conventions print about the lycée and its head.</summary>
public sealed class SchoolForm
{
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? Uai { get; set; }
    public SchoolSector? Sector { get; set; }
    public string? Academy { get; set; }
    public string? AddressLine { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? HeadName { get; set; }
    public string? HeadEmail { get; set; }
    public string? HeadPhone { get; set; }
    /// <summary>Minutes of opening time before an unacknowledged absence alert escalates to the direction.</summary>
    public int? AlertDelayMinutes { get; set; }
    public TimeOnly? OpensAt { get; set; }
    public TimeOnly? ClosesAt { get; set; }
    public bool OpenOnSaturday { get; set; }
    /// <summary>The e-mail to the guardians about an absence (<see cref="Absences.FamilyAbsenceMail"/>); empty for the default one.</summary>
    public string? FamilyAbsenceTemplate { get; set; }
    /// <summary>Days a signing link stays valid (<see cref="Domain.School.SignatureLinkDays"/>).</summary>
    public int? SignatureLinkDays { get; set; }
    /// <summary>Days without a signature before a reminder (<see cref="Domain.School.SignatureReminderDays"/>).</summary>
    public int? SignatureReminderDays { get; set; }
    public bool StartSignaturesOnValidation { get; set; }

    public const int MinAlertDelay = 5, MaxAlertDelay = 480;
    public const int MinLinkDays = 1, MaxLinkDays = 60, MinReminderDays = 1, MaxReminderDays = 30;

    public static SchoolForm From(Domain.School s) => new()
    {
        Version = s.Version, Name = s.Name, Uai = s.Uai, Sector = s.Sector, Academy = s.Academy,
        AddressLine = s.AddressLine, PostalCode = s.PostalCode, City = s.City,
        Phone = FrenchIdentifiers.FormatPhone(s.Phone), Email = s.Email,
        HeadName = s.HeadName, HeadEmail = s.HeadEmail, HeadPhone = FrenchIdentifiers.FormatPhone(s.HeadPhone),
        AlertDelayMinutes = s.AlertDelayMinutes, OpensAt = s.OpensAt, ClosesAt = s.ClosesAt, OpenOnSaturday = s.OpenOnSaturday,
        FamilyAbsenceTemplate = s.FamilyAbsenceTemplate ?? Absences.FamilyAbsenceMail.DefaultTemplate,
        SignatureLinkDays = s.SignatureLinkDays, SignatureReminderDays = s.SignatureReminderDays, StartSignaturesOnValidation = s.StartSignaturesOnValidation,
    };

    /// <summary>The UAI as stored: trimmed, key letter in upper case.</summary>
    public string NormalizedUai => (Uai ?? "").Trim().ToUpperInvariant();

    /// <summary>Copies the validated form onto the entity, normalised (upper-case UAI, national phone form).</summary>
    public void ApplyTo(Domain.School s)
    {
        s.Name = Normalized.Name(Name);
        s.Uai = NormalizedUai;
        s.Sector = Sector!.Value;
        s.Academy = Normalized.Name(Academy);
        s.AddressLine = Normalized.Name(AddressLine);
        s.PostalCode = Normalized.Name(PostalCode);
        s.City = Normalized.Name(City);
        s.Phone = Normalized.Phone(Phone);
        s.Email = Normalized.Email(Email);
        s.HeadName = Normalized.Name(HeadName);
        s.HeadEmail = Normalized.Email(HeadEmail);
        s.HeadPhone = Normalized.Phone(HeadPhone);
        s.AlertDelayMinutes = AlertDelayMinutes!.Value;
        s.OpensAt = OpensAt!.Value;
        s.ClosesAt = ClosesAt!.Value;
        s.OpenOnSaturday = OpenOnSaturday;
        s.SignatureLinkDays = SignatureLinkDays!.Value;
        s.SignatureReminderDays = SignatureReminderDays!.Value;
        s.StartSignaturesOnValidation = StartSignaturesOnValidation;
        // The default template is stored as « none », so that a better default later reaches the schools that kept it.
        var template = FamilyAbsenceTemplate?.Replace("\r\n", "\n").Trim();
        s.FamilyAbsenceTemplate = string.IsNullOrEmpty(template) || template == Absences.FamilyAbsenceMail.DefaultTemplate ? null : template;
    }
}

/// <summary>The form's rules, then the UAI's uniqueness across the schools of the application (other than the user's own).</summary>
public sealed class SchoolFormValidator : AbstractValidator<SchoolForm>
{
    public SchoolFormValidator(AppDbContext db, ICurrentUser currentUser)
    {
        RuleFor(f => f.Name).Required("Nom de l'établissement").MaxChars(200);
        RuleFor(f => f.Uai).Required("UAI").DependentRules(() => RuleFor(f => f.Uai).Uai());
        RuleFor(f => f.Sector).NotNull().WithMessage("Secteur : choisissez une valeur.").IsInEnum().WithMessage("Secteur inconnu.");
        RuleFor(f => f.Academy).Required("Académie").MaxChars(100);
        RuleFor(f => f.AddressLine).Required("Adresse").MaxChars(200);
        RuleFor(f => f.PostalCode).Required("Code postal").DependentRules(() => RuleFor(f => f.PostalCode).PostalCode());
        RuleFor(f => f.City).Required("Commune").MaxChars(100);
        RuleFor(f => f.Phone).FrenchPhone();
        RuleFor(f => f.Email).Email().MaxChars(200);
        RuleFor(f => f.HeadName).Required("Nom du chef d'établissement").MaxChars(200);
        // The convention gives the head's e-mail and phone (docs/reference-produit.md §4): both are required.
        RuleFor(f => f.HeadEmail).Required("Adresse électronique du chef d'établissement").DependentRules(() => RuleFor(f => f.HeadEmail).Email().MaxChars(200));
        RuleFor(f => f.HeadPhone).Required("Téléphone du chef d'établissement").DependentRules(() => RuleFor(f => f.HeadPhone).FrenchPhone());
        RuleFor(f => f.AlertDelayMinutes).NotNull().WithMessage("Délai d'alerte : ce champ est obligatoire.")
            .InclusiveBetween(SchoolForm.MinAlertDelay, SchoolForm.MaxAlertDelay)
            .WithMessage($"Le délai d'alerte est compris entre {SchoolForm.MinAlertDelay} et {SchoolForm.MaxAlertDelay} minutes.");
        RuleFor(f => f.SignatureLinkDays).NotNull().WithMessage("Durée de validité des liens de signature : ce champ est obligatoire.")
            .InclusiveBetween(SchoolForm.MinLinkDays, SchoolForm.MaxLinkDays)
            .WithMessage($"La durée de validité des liens de signature est comprise entre {SchoolForm.MinLinkDays} et {SchoolForm.MaxLinkDays} jours.");
        RuleFor(f => f.SignatureReminderDays).NotNull().WithMessage("Relancer après : ce champ est obligatoire.")
            .InclusiveBetween(SchoolForm.MinReminderDays, SchoolForm.MaxReminderDays)
            .WithMessage($"Le délai avant relance est compris entre {SchoolForm.MinReminderDays} et {SchoolForm.MaxReminderDays} jours.");
        RuleFor(f => f.OpensAt).NotNull().WithMessage("Heure d'ouverture : ce champ est obligatoire.");
        RuleFor(f => f.ClosesAt).NotNull().WithMessage("Heure de fermeture : ce champ est obligatoire.")
            .Must((form, closes) => SchoolHours.Problem(form.OpensAt!.Value, closes!.Value) is null)
            .When(f => f.OpensAt is not null && f.ClosesAt is not null)
            .WithMessage(f => SchoolHours.Problem(f.OpensAt!.Value, f.ClosesAt!.Value));
        RuleFor(f => f.FamilyAbsenceTemplate).MaxChars(Domain.School.FamilyAbsenceTemplateMaxLength)
            .Must(t => !PlainText.HasMarkup(t)).WithMessage(PlainText.MarkupMessage);
        RuleFor(f => f.Uai)
            .MustAsync(async (form, _, ct) => !await db.Schools.AnyAsync(s => s.Uai == form.NormalizedUai && s.Id != currentUser.SchoolId, ct))
            .WithMessage("Cet UAI est déjà celui d'un autre établissement inscrit à StageSeconde.")
            .When(f => FrenchIdentifiers.IsValidUai(f.Uai));
    }
}
