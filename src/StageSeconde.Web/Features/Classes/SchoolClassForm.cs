using System.Text.RegularExpressions;
using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Classes;

/// <summary>The create/edit form of a division.</summary>
public sealed partial class SchoolClassForm : IVersionedForm
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
        c.Code = NormalizeCode(Code);
        c.Label = Label?.Trim() ?? "";
        c.PrincipalTeachers.RemoveAll(s => !principalTeachers.Contains(s));
        foreach (var teacher in principalTeachers.Where(t => !c.PrincipalTeachers.Contains(t))) c.PrincipalTeachers.Add(teacher);
    }

    /// <summary>A class code as stored: upper case, single spaces (SIECLE writes « 2NDE3 »).</summary>
    public static string NormalizeCode(string? code) =>
        string.IsNullOrWhiteSpace(code) ? "" : Spaces().Replace(code.Trim(), " ").ToUpperInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

public sealed class SchoolClassFormValidator : AbstractValidator<SchoolClassForm>
{
    public SchoolClassFormValidator()
    {
        RuleFor(f => f.Code).Required("Code de la division").DependentRules(() =>
            RuleFor(f => f.Code).Must(c => SchoolClassForm.NormalizeCode(c).Length <= 20).WithMessage("Le code comporte 20 caractères au maximum."));
        RuleFor(f => f.Label).MaxChars(100);
        RuleFor(f => f.PrincipalTeacherIds).Must(ids => ids.Count <= 10).WithMessage("10 professeurs principaux au maximum.");
    }
}
