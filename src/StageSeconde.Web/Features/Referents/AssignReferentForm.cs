using FluentValidation;

namespace StageSeconde.Web.Features.Referents;

/// <summary>Assigning a referent by hand to one student: it applies to all of the student's conventions that can change.</summary>
public sealed class AssignReferentForm
{
    public int StudentId { get; set; }
    /// <summary>The referent; empty to remove it.</summary>
    public int? TeacherId { get; set; }
    /// <summary>The student's conventions as the user saw them (<see cref="AgreementVersions"/>).</summary>
    public string? Versions { get; set; }
    /// <summary>The list page to go back to (kept filter and page).</summary>
    public string? ReturnUrl { get; set; }
}

public sealed class AssignReferentFormValidator : AbstractValidator<AssignReferentForm>
{
    public AssignReferentFormValidator()
    {
        RuleFor(f => f.StudentId).GreaterThan(0).WithMessage("Élève inconnu.");
        RuleFor(f => f.Versions)
            .Must(v => AgreementVersions.Parse(v) is { Count: > 0 })
            .WithMessage("Les conventions de l'élève n'ont pas été transmises : rechargez la page.");
    }
}
