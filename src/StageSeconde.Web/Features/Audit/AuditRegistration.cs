using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Privacy;
using StageSeconde.Web.Features.PupilFile;
using StageSeconde.Web.Features.Retention;

namespace StageSeconde.Web.Features.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// Personal data (issue 13): the audit log (its writer, the sign-in manager that logs sign-ins, the filter that logs
    /// downloads), the retention settings and purge job, the processing's description and the pupil's file. Call after
    /// <c>AddIdentity</c>: the audited sign-in manager replaces Identity's.
    /// </summary>
    public static IServiceCollection AddPersonalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<ExportAuditFilter>();
        services.Configure<MvcOptions>(o => o.Filters.AddService<ExportAuditFilter>());
        services.AddScoped<SignInManager<ApplicationUser>, AuditedSignInManager>();

        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        services.Configure<PrivacyOptions>(configuration.GetSection(PrivacyOptions.Section));
        services.AddSingleton<RetentionPurge>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionPurge>());
        services.AddScoped<PupilFileQuery>();
        return services;
    }
}
