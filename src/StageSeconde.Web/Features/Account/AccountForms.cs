using FluentValidation;

namespace StageSeconde.Web.Features.Account;

public sealed class LoginForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Saisissez votre adresse électronique.");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Saisissez votre mot de passe.");
    }
}

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Saisissez votre mot de passe actuel.");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("Saisissez le nouveau mot de passe.");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("Les deux mots de passe ne sont pas identiques.");
    }
}

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
