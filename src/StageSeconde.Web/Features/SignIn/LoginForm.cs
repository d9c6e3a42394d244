using FluentValidation;

namespace StageSeconde.Web.Features.SignIn;

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
