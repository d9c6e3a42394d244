
namespace StageSeconde.Web.Features.HeadSignature;

public static class HeadSignatureRegistration
{
    /// <summary>The chef d'établissement's signature: who may sign, the recent re-authentication, the signing itself.</summary>
    public static IServiceCollection AddHeadSignature(this IServiceCollection services)
    {
        services.AddScoped<SigningRights>();
        services.AddScoped<Reauthentication>();
        services.AddScoped<HeadSigning>();
        return services;
    }
}
