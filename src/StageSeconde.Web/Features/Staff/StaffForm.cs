using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Staff;

/// <summary>The create/edit form of a staff member.</summary>
public sealed class StaffForm : IVersionedForm
{
    public int Version { get; set; }
    public string? LastName { get; set; }
    public string? FirstName { get; set; }
    public string? Function { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool AvailableDuringPeriod { get; set; } = true;

    public static StaffForm From(StaffMember s) => new()
    {
        Version = s.Version, LastName = s.LastName, FirstName = s.FirstName, Function = s.Function, Email = s.Email,
        Phone = FrenchIdentifiers.FormatPhone(s.Phone), AvailableDuringPeriod = s.AvailableDuringPeriod,
    };

    public StaffMember ToStaffMember()
    {
        var staff = new StaffMember(LastName!, FirstName!, Function, Email!, Phone);
        staff.UpdateAvailability(AvailableDuringPeriod);
        return staff;
    }

    /// <summary>Copies the validated form onto the member (the entity normalises).</summary>
    public void ApplyTo(StaffMember s)
    {
        s.UpdateDetails(LastName!, FirstName!, Function, Email!, Phone);
        s.UpdateAvailability(AvailableDuringPeriod);
    }
}

public sealed class StaffFormValidator : AbstractValidator<StaffForm>
{
    public StaffFormValidator()
    {
        RuleFor(f => f.LastName).Required("Nom").MaxChars(100);
        RuleFor(f => f.FirstName).Required("Prénom").MaxChars(100);
        RuleFor(f => f.Function).MaxChars(200);
        RuleFor(f => f.Email).Required("Adresse électronique").DependentRules(() => RuleFor(f => f.Email).Email().MaxChars(200));
        RuleFor(f => f.Phone).FrenchPhone();
    }
}
