using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Classes;

/// <summary>The create/edit form of a division.</summary>
public sealed class SchoolClassForm : IVersionedForm
{
    public int Version { get; set; }
    public string? Code { get; set; }
    public string? Label { get; set; }
    /// <summary>The staff members checked as professeurs principaux.</summary>
    public List<int> PrincipalTeacherIds { get; set; } = [];

    public static SchoolClassForm From(SchoolClass c) => new()
    {
        Version = c.Version, Code = c.Code, Label = c.Label, PrincipalTeacherIds = c.PrincipalTeachers.Select(s => s.Id).ToList(),
    };

    /// <summary>Copies the validated form onto the class; <paramref name="principalTeachers"/> are the checked staff, already loaded.</summary>
    public void ApplyTo(SchoolClass c, IReadOnlyList<StaffMember> principalTeachers)
    {
        c.Rename(Code!, Label);
        c.AssignPrincipalTeachers(principalTeachers);
    }
}

public sealed class SchoolClassFormValidator : AbstractValidator<SchoolClassForm>
{
    public SchoolClassFormValidator()
    {
        RuleFor(f => f.Code).Required("Code de la division").DependentRules(() =>
            RuleFor(f => f.Code).Must(c => Normalized.ClassCode(c).Length <= 20).WithMessage("Le code comporte 20 caractères au maximum."));
        RuleFor(f => f.Label).MaxChars(100);
        RuleFor(f => f.PrincipalTeacherIds).Must(ids => ids.Count <= 10).WithMessage("10 professeurs principaux au maximum.");
    }
}
