using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Classes;

public sealed record StaffOption(int Id, string FullName, string Function, bool IsArchived);

/// <summary>The class form page: <paramref name="Id"/> is the class being edited (null for a new one), <paramref name="Teachers"/> the staff offered.</summary>
public sealed record ClassFormModel(int? Id, SchoolClassForm Form, IReadOnlyList<StaffOption> Teachers);

/// <summary>The form's rules, the checked staff among those offered, then the code's uniqueness in the school (with a link to the class that has it).</summary>
public sealed class ClassFormModelValidator : AbstractValidator<ClassFormModel>
{
    public ClassFormModelValidator(AppDbContext db)
    {
        RuleFor(m => m.Form).SetValidator(new SchoolClassFormValidator());
        RuleFor(m => m.Form.PrincipalTeacherIds)
            .Must((m, ids) => ids.All(id => m.Teachers.Any(t => t.Id == id)))
            .WithMessage("Un des personnels cochés n'existe plus ou a été archivé : vérifiez les professeurs principaux.");
        RuleFor(m => m.Form.Code)
            .CustomAsync(async (code, context, ct) =>
            {
                var normalized = Normalized.ClassCode(code);
                var id = context.InstanceToValidate.Id;
                var existing = await db.Classes.AsNoTracking()
                    .Where(c => c.Code == normalized && c.Id != id)
                    .Select(c => new { c.Id, c.Code, c.IsArchived })
                    .FirstOrDefaultAsync(ct);
                if (existing is null) return;
                context.AddFailure(new ValidationFailure(FormModel.Field(nameof(SchoolClassForm.Code)),
                    $"Le code « {normalized} » est déjà celui d'une classe{(existing.IsArchived ? " archivée" : "")} de l'établissement.")
                {
                    CustomState = new ExistingRecord("ExistingClass", (existing.Id, existing.Code, existing.IsArchived)),
                });
            })
            .When(m => Normalized.ClassCode(m.Form.Code).Length is > 0 and <= 20);
    }
}
