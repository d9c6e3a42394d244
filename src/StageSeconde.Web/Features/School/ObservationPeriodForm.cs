using FluentValidation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.School;

/// <summary>The période d'observation of the current school year: a Monday and the Friday of the following week.</summary>
public sealed class ObservationPeriodForm : IVersionedForm
{
    public int Version { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    /// <summary>Set by the confirmation page: the administrator has read what the change does to the conventions and the programme.</summary>
    public bool Confirmed { get; set; }
    /// <summary>How many conventions the confirmation page listed: if that changed meanwhile, the page is shown again.</summary>
    public int Listed { get; set; }
}

/// <summary>Only presence here: the period's rules live in <c>SchoolYear.ChangeObservationPeriod</c>.</summary>
public sealed class ObservationPeriodFormValidator : AbstractValidator<ObservationPeriodForm>
{
    public ObservationPeriodFormValidator()
    {
        RuleFor(f => f.Start).NotNull().WithMessage("Premier jour : ce champ est obligatoire.");
        RuleFor(f => f.End).NotNull().WithMessage("Dernier jour : ce champ est obligatoire.");
    }
}
