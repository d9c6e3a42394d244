using FluentValidation;

namespace StageSeconde.Web.Features.AccountSecurity;

/// <summary>The code typed to prove the authenticator app is set up.</summary>
public sealed class EnrolForm
{
    public string? Code { get; set; }
}

public sealed class EnrolFormValidator : AbstractValidator<EnrolForm>
{
    public EnrolFormValidator() =>
        RuleFor(f => f.Code).NotEmpty().WithMessage("Saisissez le code à 6 chiffres affiché par votre application d'authentification.");
}

/// <summary>The enrolment page: the key to add to the app, and the form.</summary>
public sealed record EnrolPage(AuthenticatorSetup Setup, bool Required, EnrolForm Form);

/// <summary>The page of the « Sécurité du compte » menu.</summary>
public sealed record SecurityPage(bool Enabled, int RecoveryCodesLeft, bool Required, bool DeviceRemembered);

/// <summary>Recovery codes just generated: shown once, with a text file to download.</summary>
public sealed record RecoveryCodesPage(IReadOnlyList<string> Codes, bool JustEnabled)
{
    public string FileText =>
        "StageSeconde – codes de récupération de la double authentification\n" +
        "Chaque code ne sert qu'une fois. Gardez ce fichier en lieu sûr (imprimé, ou dans un gestionnaire de mots de passe).\n\n" +
        string.Join("\n", Codes) + "\n";

    public string FileDataUri => "data:text/plain;charset=utf-8," + Uri.EscapeDataString(FileText);
}
