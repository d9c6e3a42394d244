using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Students;

/// <summary>The student form page: <paramref name="Id"/> is the student being edited (null for a new one).</summary>
public sealed record StudentFormModel(int? Id, StudentForm Form, IReadOnlyList<SelectListItem> Classes);

/// <summary>
/// The form's rules, then what needs the database: the class must be a current class of the school (or the student's
/// present one), and the INE must not be another student's (with a link to the student who has it).
/// </summary>
public sealed class StudentFormModelValidator : AbstractValidator<StudentFormModel>
{
    public StudentFormModelValidator(AppDbContext db, TimeProvider clock)
    {
        RuleFor(m => m.Form).SetValidator(new StudentFormValidator(clock));
        RuleFor(m => m.Form.SchoolClassId)
            .CustomAsync(async (classId, context, ct) =>
            {
                var id = context.InstanceToValidate.Id;
                var schoolClass = await db.Classes.AsNoTracking().Where(c => c.Id == classId).Select(c => new { c.IsArchived }).FirstOrDefaultAsync(ct);
                var field = FormModel.Field(nameof(StudentForm.SchoolClassId));
                if (schoolClass is null)
                    context.AddFailure(field, "Cette classe n'existe pas dans votre établissement : choisissez-en une dans la liste.");
                else if (schoolClass.IsArchived && !await db.Students.AnyAsync(s => s.Id == id && s.SchoolClassId == classId, ct))
                    context.AddFailure(field, "Cette classe est archivée : choisissez une classe de l'année en cours.");
            })
            .When(m => m.Form.SchoolClassId is not null);
        RuleFor(m => m.Form.Ine)
            .CustomAsync(async (ine, context, ct) =>
            {
                var normalized = Normalized.Ine(ine);
                var id = context.InstanceToValidate.Id;
                var existing = await db.Students.AsNoTracking()
                    .Where(s => s.Ine == normalized && s.Id != id)
                    .Select(s => new { s.Id, s.LastName, s.FirstName })
                    .FirstOrDefaultAsync(ct);
                if (existing is null) return;
                var name = PersonName.LastFirst(existing.LastName, existing.FirstName);
                context.AddFailure(new ValidationFailure(FormModel.Field(nameof(StudentForm.Ine)), $"Cet INE est déjà celui de l'élève {name}.")
                {
                    CustomState = new ExistingRecord("ExistingStudent", (existing.Id, name)),
                });
            })
            .When(m => FrenchIdentifiers.IsValidIne(m.Form.Ine));
    }
}
