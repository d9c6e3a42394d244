using System.Globalization;
using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Web.Features.MyStudents;

/// <summary>A contact of the referent teacher with the student, the tutor or the family, as the form sends it.</summary>
public sealed class FollowUpForm
{
    /// <summary>The ways a referent follows a student.</summary>
    public static readonly IReadOnlyList<ContactMethod> Methods = [ContactMethod.Phone, ContactMethod.Visit, ContactMethod.Email, ContactMethod.Message];

    /// <summary>The format of a <c>datetime-local</c> field.</summary>
    public const string AtFormat = "yyyy-MM-dd'T'HH:mm";

    public ContactMethod? Method { get; set; }
    /// <summary>Paris time, as the <c>datetime-local</c> field sends it (« 2027-06-14T17:30 »).</summary>
    public string? At { get; set; }
    public string? Note { get; set; }

    /// <summary>A new form: a phone call, now (Paris time).</summary>
    public static FollowUpForm Now(TimeProvider clock) => new()
    {
        Method = ContactMethod.Phone,
        At = clock.GetUtcNow().UtcDateTime.ToParis().ToString(AtFormat, CultureInfo.InvariantCulture),
    };

    /// <summary>The contact's time read as Paris time; null when it is not a date and time.</summary>
    public static DateTime? ParisTime(string? at) =>
        DateTime.TryParseExact(at?.Trim(), [AtFormat, "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;

    /// <summary>The contact's time in UTC (once the form is valid).</summary>
    public DateTimeOffset AtUtc() =>
        new(ContactDeadline.ToUtc(ParisTime(At) ?? throw new InvalidOperationException("The form is not valid.")), TimeSpan.Zero);
}

public sealed class FollowUpFormValidator : AbstractValidator<FollowUpForm>
{
    public FollowUpFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Method)
            .NotNull().WithMessage("Indiquez comment le contact a eu lieu.")
            .Must(m => m is null || FollowUpForm.Methods.Contains(m.Value)).WithMessage("Choisissez téléphone, visite, courriel ou message.");
        RuleFor(f => f.At)
            .NotEmpty().WithMessage("Indiquez la date et l'heure du contact.")
            .Must(at => FollowUpForm.ParisTime(at) is not null).WithMessage("La date et l'heure doivent être au format jj/mm/aaaa hh:mm.")
            .When(f => !string.IsNullOrWhiteSpace(f.At), ApplyConditionTo.CurrentValidator)
            .Must(at => FollowUpForm.ParisTime(at) is not { } paris || paris >= clock.GetUtcNow().UtcDateTime.ToParis().AddYears(-1))
            .WithMessage("Un suivi de l'année écoulée seulement : vérifiez l'année.");
        RuleFor(f => f.Note)
            .MaximumLength(FollowUpEntry.NoteMaxLength).WithMessage($"La note ne peut pas dépasser {FollowUpEntry.NoteMaxLength} caractères.")
            .Must(note => !PlainText.HasMarkup(note)).WithMessage(PlainText.MarkupMessage);
    }
}
