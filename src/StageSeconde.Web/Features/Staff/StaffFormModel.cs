using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Staff;

/// <summary>The staff form page: <paramref name="Id"/> is the member being edited (null for a new one).</summary>
public sealed record StaffFormModel(int? Id, StaffForm Form, bool HasAccount);

/// <summary>The form's rules, then the e-mail's uniqueness among the school's staff (other than the member being edited), with a link to the member who has it.</summary>
public sealed class StaffFormModelValidator : AbstractValidator<StaffFormModel>
{
    public StaffFormModelValidator(AppDbContext db)
    {
        RuleFor(m => m.Form).SetValidator(new StaffFormValidator());
        RuleFor(m => m.Form.Email)
            .CustomAsync(async (email, context, ct) =>
            {
                var login = Normalized.LoginEmail(email);
                var id = context.InstanceToValidate.Id;
                var existing = await db.Staff.AsNoTracking()
                    .Where(s => s.Email.ToLower() == login && s.Id != id)
                    .Select(s => new { s.Id, s.FirstName, s.LastName })
                    .FirstOrDefaultAsync(ct);
                if (existing is null) return;
                var fullName = PersonName.FirstLast(existing.FirstName, existing.LastName);
                context.AddFailure(new ValidationFailure(FormModel.Field(nameof(StaffForm.Email)), $"Cette adresse est déjà celle de {fullName}.")
                {
                    CustomState = new ExistingRecord("ExistingStaff", (existing.Id, fullName)),
                });
            })
            .When(m => FrenchIdentifiers.IsValidEmail(m.Form.Email));
    }
}
