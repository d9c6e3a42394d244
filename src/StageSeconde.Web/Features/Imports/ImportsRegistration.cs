using System.Text;
using StageSeconde.Web.Infrastructure.Imports;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.Web.Features.Imports;

public static class ImportsRegistration
{
    /// <summary>The import services, the upload store (<c>Storage:Path</c>) and the code pages SIECLE's ISO-8859-15 needs.</summary>
    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        services.AddSingleton(sp => new UploadStore(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>(), sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<ImportService>();
        return services;
    }
}
