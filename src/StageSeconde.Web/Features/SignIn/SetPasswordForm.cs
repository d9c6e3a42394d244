using FluentValidation;

namespace StageSeconde.Web.Features.SignIn;

/// <summary>The form behind a set-password link sent to a new account.</summary>
public sealed class SetPasswordForm
{
    public string? UserId { get; set; }
    public string? Token { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class SetPasswordFormValidator : AbstractValidator<SetPasswordForm>
{
    public SetPasswordFormValidator()
    {
        RuleFor(f => f.UserId).NotEmpty().WithMessage("Lien incomplet : utilisez le lien reçu tel quel.");
        RuleFor(f => f.Token).NotEmpty().WithMessage("Lien incomplet : utilisez le lien reçu tel quel.");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("Choisissez un mot de passe.");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("Les deux mots de passe ne sont pas identiques.");
    }
}
