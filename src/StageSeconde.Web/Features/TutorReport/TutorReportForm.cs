using FluentValidation;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.TutorReport;

/// <summary>What the tutor reports from the link's page.</summary>
public sealed class TutorReportForm
{
    public AbsenceKind? Kind { get; set; }
    public DateOnly? Day { get; set; }
    /// <summary>For an absence or an illness: the whole day, the morning or the afternoon.</summary>
    public DayPart? Part { get; set; }
    /// <summary>Arrival, departure or accident time.</summary>
    public TimeOnly? Time { get; set; }
    /// <summary>What happened (required for an accident or an incident).</summary>
    public string? Details { get; set; }
    public string? Comment { get; set; }
    /// <summary>Who reports (prefilled with the tutor's name).</summary>
    public string? Reporter { get; set; }

    /// <summary>The part of the day a report is about: as chosen for an absence or an illness; otherwise the half-day of its time.</summary>
    public DayPart EffectivePart => Kind is AbsenceKind.Absence or AbsenceKind.Illness
        ? Part ?? DayPart.WholeDay
        : Time is { } time ? (time.Hour < 13 ? DayPart.Morning : DayPart.Afternoon) : DayPart.WholeDay;

    public AbsenceFacts ToFacts() => new(Day!.Value, Kind!.Value, EffectivePart, Time, string.IsNullOrWhiteSpace(Details) ? null : Details.Trim());
}

/// <summary>
/// What the form itself must tell (a kind, a day, a part of the day for an absence or an illness, a name); the rules of a
/// report (the convention's days, not after tomorrow, the time, what happened, no markup) are <see cref="AbsenceFacts.Problems"/>,
/// and the comment's are <see cref="AbsenceReport"/>'s.
/// </summary>
public sealed class TutorReportFormValidator : AbstractValidator<TutorReportForm>
{
    public TutorReportFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Choisissez ce que vous signalez.")
            .IsInEnum().WithMessage("Choisissez ce que vous signalez dans la liste.");
        RuleFor(f => f.Day).NotNull().WithMessage("Choisissez le jour.");
        RuleFor(f => f.Part).NotNull().When(f => f.Kind is AbsenceKind.Absence or AbsenceKind.Illness)
            .WithMessage("Indiquez si l'élève est absent toute la journée, le matin ou l'après-midi.");
        RuleFor(f => f.Part).IsInEnum().WithMessage("Choisissez la partie de la journée dans la liste.");
        RuleFor(f => f.Reporter).NotEmpty().WithMessage("Indiquez votre nom.")
            .MaximumLength(AbsenceReport.ReporterMaxLength).WithMessage($"Votre nom ne peut pas dépasser {AbsenceReport.ReporterMaxLength} caractères.")
            .Must(r => !PlainText.HasMarkup(r)).WithMessage(PlainText.MarkupMessage);
    }
}
