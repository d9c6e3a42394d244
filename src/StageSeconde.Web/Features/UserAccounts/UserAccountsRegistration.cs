namespace StageSeconde.Web.Features.UserAccounts;

public static class UserAccountsRegistration
{
    /// <summary>The services the administrator's account controllers share.</summary>
    public static IServiceCollection AddUserAccounts(this IServiceCollection services)
    {
        services.AddScoped<SchoolAccounts>();
        services.AddScoped<SetPasswordLinks>();
        return services;
    }
}
