using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace StageSeconde.Web.Infrastructure.Security;

/// <summary>One fixed window: so many requests in so many seconds.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; } = 60;

    public FixedWindowRateLimiterOptions ToOptions() => new()
    {
        PermitLimit = Math.Max(1, PermitLimit),
        Window = TimeSpan.FromSeconds(Math.Max(1, WindowSeconds)),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>
/// Every request limit of the application, in one place (<c>RateLimits</c> in appsettings.json): the pages reached by a link
/// (per client address), the sign-in forms (per client address, and per account: the address typed, or the account waiting
/// for its second factor).
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Pages reached by a link without an account (tutor, signature, verification, set-password link), per client address.</summary>
    public WindowLimit LinkPages { get; set; } = new() { PermitLimit = 20, WindowSeconds = 60 };

    /// <summary>
    /// Sign-in forms (password, second factor, recovery code) posted from one client address. Generous: a whole lycée often
    /// goes out through one public address (NAT), and the per-account limit and the lockout stop guessing on one account.
    /// </summary>
    public WindowLimit SignInPerAddress { get; set; } = new() { PermitLimit = 100, WindowSeconds = 300 };

    /// <summary>Sign-in forms posted for one account, from any address (Identity's lockout comes on top, after 5 wrong passwords).</summary>
    public WindowLimit SignInPerAccount { get; set; } = new() { PermitLimit = 10, WindowSeconds = 300 };
}

/// <summary>
/// The limits, with ASP.NET Core's rate limiter. A refused request gets 429 with <c>Retry-After</c> and no body: the status
/// code pages show the French page of <c>ErrorsController</c> (« Trop de tentatives »). The per-account limit is checked
/// by the sign-in controllers themselves through <see cref="AccountAttempts"/> (the account is in the form).
/// </summary>
public static class RateLimits
{
    public const string LinkPages = "link-pages";
    public const string SignIn = "sign-in";

    /// <summary>Where the refusal puts the seconds to wait, for the error page's text.</summary>
    public const string RetryAfterItem = "stageseconde:retry-after";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<AccountAttempts>();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(LinkPages, context => PerAddress(context, "link", o => o.LinkPages));
            options.AddPolicy(SignIn, context => PerAddress(context, "sign-in", o => o.SignInPerAddress));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var http = context.HttpContext;
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits))
                    .LogWarning("Trop de demandes sur {Path} depuis {Address} : refusées pendant {Seconds} s", http.Request.Path.Value, ClientAddress(http), seconds);
                MarkRefused(http, seconds);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>Status 429, <c>Retry-After</c> and no caching; the body is the error page's.</summary>
    public static void MarkRefused(HttpContext http, int seconds)
    {
        seconds = Math.Max(1, seconds);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        http.Items[RetryAfterItem] = seconds;
    }

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "inconnue";

    private static RateLimitPartition<string> PerAddress(HttpContext context, string scope, Func<RateLimitOptions, WindowLimit> limit)
    {
        var settings = limit(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter($"{scope}:{ClientAddress(context)}", _ => settings.ToOptions());
    }
}

/// <summary>
/// The per-account limit of the sign-in forms: a partitioned fixed window keyed by the account (the address typed,
/// lower-cased, whether it exists or not, so that the answer says nothing about it).
/// </summary>
public sealed class AccountAttempts(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => options.Value.SignInPerAccount.ToOptions()));

    /// <summary>Counts one attempt for <paramref name="account"/>; null when allowed, else the seconds to wait.</summary>
    public int? TryAttempt(string account)
    {
        using var lease = _limiter.AttemptAcquire(account.Trim().ToLowerInvariant());
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : options.Value.SignInPerAccount.WindowSeconds;
    }

    public void Dispose() => _limiter.Dispose();
}
