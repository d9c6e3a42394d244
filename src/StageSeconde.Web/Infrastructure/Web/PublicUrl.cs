namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// The address the application is reached at, for links that leave it (e-mails, printed links and QR codes):
/// <c>App:PublicUrl</c> when it is set (always in production, behind a proxy), otherwise the current request's
/// scheme and host (development); none in background work without the setting.
/// </summary>
public sealed class PublicUrl(IConfiguration configuration, IHttpContextAccessor http)
{
    public const string Setting = "App:PublicUrl";

    /// <summary>E.g. "https://stageseconde.ac-creteil.fr", without a trailing slash; null when it cannot be known.</summary>
    public string? Base
    {
        get
        {
            var configured = configuration[Setting];
            if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
            var request = http.HttpContext?.Request;
            return request is null ? null : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
        }
    }

    /// <summary>The absolute address of <paramref name="path"/> ("/absences/12"), or the path alone when the base is unknown.</summary>
    public string Of(string path) => (Base ?? "") + (path.StartsWith('/') ? path : "/" + path);
}
