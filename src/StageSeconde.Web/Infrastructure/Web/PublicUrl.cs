namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// The address the application is reached at, for links that leave it (e-mails, printed links and QR codes):
/// <c>App:PublicUrl</c> (or its former name <c>Setup:BaseUrl</c>). Outside Development and Testing the setting is required
/// and checked at start-up (<see cref="Check"/>): a link is never built from the request's Host header, which a client
/// chooses (an e-mail must not carry an attacker's address). On a developer's machine, without the setting, the current
/// request's scheme and host are used.
/// </summary>
public sealed class PublicUrl(IConfiguration configuration, IHttpContextAccessor http, IHostEnvironment environment)
{
    public const string Setting = "App:PublicUrl";
    private const string FormerSetting = "Setup:BaseUrl";

    /// <summary>E.g. "https://stageseconde.ac-creteil.fr", without a trailing slash; null when it cannot be known.</summary>
    public string? Base
    {
        get
        {
            if (Configured(configuration) is { } configured) return configured;
            if (!MayUseTheRequest(environment)) return null;
            var request = http.HttpContext?.Request;
            return request is null ? null : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
        }
    }

    /// <summary>The absolute address of <paramref name="path"/> ("/absences/12"), or the path alone when the base is unknown.</summary>
    public string Of(string path) => (Base ?? "") + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>
    /// At start-up: outside Development and Testing, <c>App:PublicUrl</c> must be an absolute <c>https://</c> address
    /// (<c>http://</c> only for <c>localhost</c>). Returns the problem in French, or null when the setting is right.
    /// </summary>
    public static string? Check(IConfiguration configuration, IHostEnvironment environment)
    {
        if (MayUseTheRequest(environment)) return null;
        var configured = Configured(configuration);
        if (configured is null)
            return $"{Setting} n'est pas renseigné : indiquez l'adresse publique de l'application (par exemple App__PublicUrl=https://stageseconde.ac-exemple.fr), " +
                   "utilisée dans les liens envoyés par courriel. Voir docs/deploiement.md.";
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return $"{Setting} « {configured} » n'est pas une adresse web absolue (https://…).";
        if (uri.Scheme == "http" && !uri.IsLoopback)
            return $"{Setting} « {configured} » doit commencer par https:// : les liens envoyés donnent accès à des données d'élèves.";
        return null;
    }

    private static string? Configured(IConfiguration configuration)
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value)) value = configuration[FormerSetting];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim().TrimEnd('/');
    }

    private static bool MayUseTheRequest(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");
}
