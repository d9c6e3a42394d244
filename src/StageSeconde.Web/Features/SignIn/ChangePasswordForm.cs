using FluentValidation;

namespace StageSeconde.Web.Features.SignIn;

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
