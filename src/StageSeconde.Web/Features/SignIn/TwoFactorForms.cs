using FluentValidation;

namespace StageSeconde.Web.Features.SignIn;

/// <summary>The second step of signing in: the code of the authenticator app.</summary>
public sealed class TwoFactorCodeForm
{
    public string? Code { get; set; }
    public bool RememberDevice { get; set; }
    public string? ReturnUrl { get; set; }
}

/// <summary>The second step with a recovery code, when the phone is lost.</summary>
public sealed class RecoveryCodeForm
{
    public string? RecoveryCode { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorCodeFormValidator : AbstractValidator<TwoFactorCodeForm>
{
    public TwoFactorCodeFormValidator() =>
        RuleFor(f => f.Code).NotEmpty().WithMessage("Saisissez le code à 6 chiffres affiché par votre application d'authentification.");
}

public sealed class RecoveryCodeFormValidator : AbstractValidator<RecoveryCodeForm>
{
    public RecoveryCodeFormValidator() =>
        RuleFor(f => f.RecoveryCode).NotEmpty().WithMessage("Saisissez l'un de vos codes de récupération.");
}

public static class OneTimeCodes
{
    /// <summary>What the user typed, without the spaces and dashes apps and print-outs add.</summary>
    public static string Clean(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
