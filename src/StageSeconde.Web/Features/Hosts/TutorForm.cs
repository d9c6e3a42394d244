using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Hosts;

public sealed class TutorForm : IVersionedForm
{
    public int Version { get; set; }
    public string? LastName { get; set; }
    public string? FirstName { get; set; }
    public string? Function { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>The creation form's request id (ADR 0009): the same form sent twice creates one record.</summary>
    public Guid? RequestId { get; set; }

    public static TutorForm From(Tutor t) => new()
    {
        Version = t.Version, LastName = t.LastName, FirstName = t.FirstName, Function = t.Function, Email = t.Email, Phone = FrenchIdentifiers.FormatPhone(t.Phone),
    };

    /// <summary>Copies the validated form onto the tutor (the entity normalises).</summary>
    public void ApplyTo(Tutor t) => t.UpdateDetails(LastName!, FirstName!, Function, Email, Phone);

    /// <summary>A new tutor of <paramref name="host"/> from the validated form.</summary>
    public Tutor AddTo(HostOrganisation host)
    {
        var tutor = host.AddTutor(LastName!, FirstName!, Function, Email, Phone);
        tutor.RecordCreationRequest(RequestId);
        return tutor;
    }
}

public sealed class TutorFormValidator : AbstractValidator<TutorForm>
{
    public TutorFormValidator()
    {
        RuleFor(f => f.LastName).Required("Nom").MaxChars(100);
        RuleFor(f => f.FirstName).Required("Prénom").MaxChars(100);
        RuleFor(f => f.Function).Required("Fonction").MaxChars(200);
        RuleFor(f => f.Email).Email().MaxChars(200);
        RuleFor(f => f.Phone).FrenchPhone();
        RuleFor(f => f)
            .Must(f => !string.IsNullOrWhiteSpace(f.Email) || !string.IsNullOrWhiteSpace(f.Phone))
            .WithName(nameof(TutorForm.Phone)).OverridePropertyName(nameof(TutorForm.Phone))
            .WithMessage("Le tuteur doit être joignable : indiquez au moins un téléphone ou une adresse électronique.");
    }
}
