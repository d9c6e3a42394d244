using Microsoft.AspNetCore.Mvc;

namespace StageSeconde.Web.Features.AccountSecurity;

public static class AccountSecurityRegistration
{
    /// <summary>Two-factor settings and the filter that sends the Direction and the administrators to the enrolment page.</summary>
    public static IServiceCollection AddAccountSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TwoFactorOptions>(configuration.GetSection(TwoFactorOptions.Section));
        services.AddScoped<TwoFactorEnrolmentFilter>();
        services.AddSingleton<SignIn.SignInTiming>();
        services.Configure<MvcOptions>(options => options.Filters.AddService<TwoFactorEnrolmentFilter>());
        return services;
    }

    /// <summary>Says at start-up when the Direction and the administrators may sign in without a second factor.</summary>
    public static void WarnIfTwoFactorNotRequired(IServiceProvider services, ILogger logger)
    {
        if (!services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TwoFactorOptions>>().Value.RequireTwoFactorForDirection)
            logger.LogWarning("Double authentification NON obligatoire pour la direction et les administrateurs (Security:RequireTwoFactorForDirection = false) : " +
                              "réservé à la démonstration et aux tests, à ne jamais utiliser en production.");
    }
}
