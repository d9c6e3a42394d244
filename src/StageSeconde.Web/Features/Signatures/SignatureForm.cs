using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Signatures;

/// <summary>A party's signature of a convention, as the secrétariat records it from the signed copy.</summary>
public sealed class SignatureForm : IVersionedForm
{
    /// <summary>The convention signed, from the route (never posted).</summary>
    [BindNever]
    public int AgreementId { get; set; }
    public int Version { get; set; }
    public SignatureParty? Party { get; set; }
    /// <summary>Which legal guardian signed, when <see cref="Party"/> is <see cref="SignatureParty.Guardian"/>.</summary>
    public int? GuardianId { get; set; }
    public DateOnly? SignedOn { get; set; }
    public SignatureMode? Mode { get; set; }
}

public sealed class SignatureFormValidator : AbstractValidator<SignatureForm>
{
    public const string NotAGuardianMessage = "Choisissez un responsable légal de l'élève.";

    /// <summary>
    /// What the form tells, and that the guardian chosen is a legal guardian of the convention's student; the date's
    /// limits (not in the future, not before the convention) are the domain's.
    /// </summary>
    public SignatureFormValidator(AppDbContext db)
    {
        RuleFor(f => f.Party).NotNull().WithMessage("Signataire : choisissez une valeur.")
            .IsInEnum().WithMessage("Signataire inconnu.");
        RuleFor(f => f.GuardianId).NotNull().When(f => f.Party == SignatureParty.Guardian)
            .WithMessage("Responsable légal : choisissez celui ou celle qui a signé.");
        RuleFor(f => f.GuardianId)
            .MustAsync((form, guardianId, ct) => db.Guardians.AnyAsync(g => g.Id == guardianId && g.IsLegalGuardian
                && db.Agreements.Any(a => a.Id == form.AgreementId && a.StudentId == g.StudentId), ct))
            .When(f => f.GuardianId is not null)
            .WithMessage(NotAGuardianMessage);
        RuleFor(f => f.SignedOn).NotNull().WithMessage("Date de signature : ce champ est obligatoire.");
        RuleFor(f => f.Mode).NotNull().WithMessage("Mode de signature : choisissez une valeur.")
            .IsInEnum().WithMessage("Mode de signature inconnu.")
            .NotEqual(SignatureMode.External).WithMessage("Mode de signature : une convention signée hors application s'enregistre avec « Signée hors application ».");
    }
}
