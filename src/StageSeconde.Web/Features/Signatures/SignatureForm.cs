using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Signatures;

/// <summary>A party's signature of a convention, as the secrétariat records it from the signed copy.</summary>
public sealed class SignatureForm : IVersionedForm
{
    public int Version { get; set; }
    public SignatureParty? Party { get; set; }
    /// <summary>Which legal guardian signed, when <see cref="Party"/> is <see cref="SignatureParty.Guardian"/>.</summary>
    public int? GuardianId { get; set; }
    public DateOnly? SignedOn { get; set; }
    public SignatureMode? Mode { get; set; }
}

public sealed class SignatureFormValidator : AbstractValidator<SignatureForm>
{
    /// <summary>What the form alone tells; the date's limits (not in the future, not before the convention) are the domain's.</summary>
    public SignatureFormValidator()
    {
        RuleFor(f => f.Party).NotNull().WithMessage("Signataire : choisissez une valeur.")
            .IsInEnum().WithMessage("Signataire inconnu.");
        RuleFor(f => f.GuardianId).NotNull().When(f => f.Party == SignatureParty.Guardian)
            .WithMessage("Responsable légal : choisissez celui ou celle qui a signé.");
        RuleFor(f => f.SignedOn).NotNull().WithMessage("Date de signature : ce champ est obligatoire.");
        RuleFor(f => f.Mode).NotNull().WithMessage("Mode de signature : choisissez une valeur.")
            .IsInEnum().WithMessage("Mode de signature inconnu.");
    }
}
