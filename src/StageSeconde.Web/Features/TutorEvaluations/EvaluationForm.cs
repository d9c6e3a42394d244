using FluentValidation;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.TutorEvaluations;

/// <summary>The tutor's evaluation as posted: a level for each of the four skills, a comment, the evaluator's name.</summary>
public sealed class EvaluationForm
{
    public SkillLevel? Observer { get; set; }
    public SkillLevel? Communiquer { get; set; }
    public SkillLevel? Comprendre { get; set; }
    public SkillLevel? SImpliquer { get; set; }
    public string? Comment { get; set; }
    /// <summary>Who evaluates: the tutor (prefilled with the convention's tutor).</summary>
    public string? Evaluator { get; set; }

    /// <summary>The four skills, in the order of the annexe pédagogique, with the form's property for each.</summary>
    public static readonly IReadOnlyList<(TargetSkills Skill, string Field)> Skills =
    [
        (TargetSkills.Observer, nameof(Observer)), (TargetSkills.Communiquer, nameof(Communiquer)),
        (TargetSkills.Comprendre, nameof(Comprendre)), (TargetSkills.SImpliquer, nameof(SImpliquer)),
    ];

    public SkillLevel? LevelOf(TargetSkills skill) => skill switch
    {
        TargetSkills.Observer => Observer,
        TargetSkills.Communiquer => Communiquer,
        TargetSkills.Comprendre => Comprendre,
        TargetSkills.SImpliquer => SImpliquer,
        _ => null,
    };

    public static EvaluationForm From(EvaluationRecord? record, string tutorName) => record is null
        ? new EvaluationForm { Evaluator = tutorName }
        : new EvaluationForm
        {
            Observer = record.Observer, Communiquer = record.Communiquer, Comprendre = record.Comprendre, SImpliquer = record.SImpliquer,
            Comment = record.Comment, Evaluator = record.EvaluatorName,
        };

    /// <summary>Records the form on <paramref name="evaluation"/> (the domain checks the days and the texts).</summary>
    public void ApplyTo(TutorEvaluation evaluation, EvaluationSubject subject, EvaluationSource source, DateOnly today, DateTimeOffset at) =>
        evaluation.Record(Observer!.Value, Communiquer!.Value, Comprendre!.Value, SImpliquer!.Value, Comment, Evaluator ?? "", source,
            subject.FirstDay, subject.LastDay, today, at);
}

public sealed class EvaluationFormValidator : AbstractValidator<EvaluationForm>
{
    public EvaluationFormValidator()
    {
        RuleFor(f => f.Observer).NotNull().WithMessage("Choisissez un niveau pour « Observer ».").IsInEnum().WithMessage("Choisissez un niveau dans la liste.");
        RuleFor(f => f.Communiquer).NotNull().WithMessage("Choisissez un niveau pour « Communiquer ».").IsInEnum().WithMessage("Choisissez un niveau dans la liste.");
        RuleFor(f => f.Comprendre).NotNull().WithMessage("Choisissez un niveau pour « Comprendre ».").IsInEnum().WithMessage("Choisissez un niveau dans la liste.");
        RuleFor(f => f.SImpliquer).NotNull().WithMessage("Choisissez un niveau pour « S'impliquer ».").IsInEnum().WithMessage("Choisissez un niveau dans la liste.");
        RuleFor(f => f.Evaluator).NotEmpty().WithMessage("Indiquez le nom de la personne qui évalue.")
            .MaximumLength(TutorEvaluation.EvaluatorMaxLength).WithMessage($"Le nom ne peut pas dépasser {TutorEvaluation.EvaluatorMaxLength} caractères.")
            .Must(n => !PlainText.HasMarkup(n)).WithMessage(PlainText.MarkupMessage);
        RuleFor(f => f.Comment).MaximumLength(TutorEvaluation.CommentMaxLength)
            .WithMessage($"Le commentaire ne peut pas dépasser {TutorEvaluation.CommentMaxLength} caractères.")
            .Must(c => !PlainText.HasMarkup(c)).WithMessage(PlainText.MarkupMessage);
    }
}
