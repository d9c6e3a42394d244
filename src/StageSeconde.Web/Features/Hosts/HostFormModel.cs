using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Hosts;

/// <summary>The host form page: <paramref name="Id"/> is the host being edited (null for a new one).</summary>
public sealed record HostFormModel(int? Id, HostForm Form);

/// <summary>The form's rules, then the SIRET's uniqueness in the school (other than the host being edited), with a link to the host that has it.</summary>
public sealed class HostFormModelValidator : AbstractValidator<HostFormModel>
{
    public HostFormModelValidator(AppDbContext db)
    {
        RuleFor(m => m.Form).SetValidator(new HostFormValidator());
        RuleFor(m => m.Form.Siret)
            .CustomAsync(async (siret, context, ct) =>
            {
                var existing = await db.HostWithSiretAsync(siret, context.InstanceToValidate.Id, ct);
                if (existing is null) return;
                context.AddFailure(new ValidationFailure(FormModel.Field(nameof(HostForm.Siret)), $"Ce SIRET est déjà celui de « {existing.Name} ».")
                {
                    CustomState = new ExistingRecord("ExistingHost", (existing.Id, existing.Name)),
                });
            })
            .When(m => FrenchIdentifiers.IsValidSiret(m.Form.Siret));
    }
}
