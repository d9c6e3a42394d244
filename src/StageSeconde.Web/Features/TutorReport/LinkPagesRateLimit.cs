using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace StageSeconde.Web.Features.TutorReport;

/// <summary>Settings of the limit on the pages reached by a link (<c>RateLimits:LinkPages</c>).</summary>
public sealed class LinkPagesRateLimitOptions
{
    public const string Section = "RateLimits:LinkPages";

    /// <summary>Requests one address may make in a window (opening the page and sending the form both count).</summary>
    public int PermitLimit { get; set; } = 20;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// The pages reached by a link without an account are limited per client address (a fixed window): a guessed token
/// costs the attacker a minute every few tries; a tutor never reaches the limit. Refused requests get 429 and a short
/// French text.
/// </summary>
public static class LinkPagesRateLimit
{
    public const string Policy = "link-pages";
    public const string RejectedText = "Trop de demandes depuis votre connexion : patientez une minute, puis réessayez. En cas d'urgence, appelez le lycée.";

    public static IServiceCollection AddLinkPagesRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LinkPagesRateLimitOptions>(configuration.GetSection(LinkPagesRateLimitOptions.Section));
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<LinkPagesRateLimitOptions>>().Value;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "inconnue";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, settings.PermitLimit),
                    Window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds)),
                    QueueLimit = 0,
                });
            });
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var settings = http.RequestServices.GetRequiredService<IOptions<LinkPagesRateLimitOptions>>().Value;
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LinkPagesRateLimit))
                    .LogWarning("Pages à lien : trop de demandes depuis {Address}, refusées.", http.Connection.RemoteIpAddress?.ToString() ?? "inconnue");
                http.Response.Headers.RetryAfter = settings.WindowSeconds.ToString(CultureInfo.InvariantCulture);
                http.Response.Headers.CacheControl = "no-store";
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(RejectedText, ct);
            };
        });
        return services;
    }
}
