using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.ExaminerDuties;

/// <summary>A convocation entered by hand.</summary>
public sealed class ExaminerDutyForm
{
    public int? StaffMemberId { get; set; }
    public DateOnly? Date { get; set; }
    public DayPart? Part { get; set; }
    public string? Note { get; set; }
}

public sealed class ExaminerDutyFormValidator : AbstractValidator<ExaminerDutyForm>
{
    public ExaminerDutyFormValidator()
    {
        RuleFor(f => f.StaffMemberId).NotNull().WithMessage("Personnel : choisissez une valeur.");
        RuleFor(f => f.Date).NotNull().WithMessage("Date : ce champ est obligatoire.");
        RuleFor(f => f.Part).NotNull().WithMessage("Demi-journée : choisissez une valeur.").IsInEnum().WithMessage("Demi-journée inconnue.");
        RuleFor(f => f.Note).Must(n => n is null || n.Trim().Length <= ExaminerDuty.NoteMaxLength)
            .WithMessage($"{ExaminerDuty.NoteMaxLength} caractères au maximum.");
    }
}
