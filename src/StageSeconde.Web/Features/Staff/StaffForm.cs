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
    public bool BusyAsExaminer { get; set; }

    public static StaffForm From(StaffMember s) => new()
    {
        Version = s.Version, LastName = s.LastName, FirstName = s.FirstName, Function = s.Function, Email = s.Email,
        Phone = FrenchIdentifiers.FormatPhone(s.Phone), AvailableDuringPeriod = s.AvailableDuringPeriod, BusyAsExaminer = s.BusyAsExaminer,
    };

    /// <summary>Copies the validated form onto the entity, normalised (lower-case e-mail, national phone form).</summary>
    public void ApplyTo(StaffMember s)
    {
        s.LastName = LastName!.Trim();
        s.FirstName = FirstName!.Trim();
        s.Function = Function?.Trim() ?? "";
        s.Email = NormalizeEmail(Email);
        s.Phone = FrenchIdentifiers.NormalizePhone(Phone);
        s.AvailableDuringPeriod = AvailableDuringPeriod;
        s.BusyAsExaminer = BusyAsExaminer;
    }

    public static string NormalizeEmail(string? email) => email?.Trim().ToLowerInvariant() ?? "";
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
