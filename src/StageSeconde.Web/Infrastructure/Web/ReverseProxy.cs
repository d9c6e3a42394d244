using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// Behind a reverse proxy that ends HTTPS (docs/deploiement.md): the <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// headers are honoured from the proxies named in <c>ReverseProxy:KnownProxies</c> (addresses) and
/// <c>ReverseProxy:KnownNetworks</c> (CIDR) only, so that the request is seen as HTTPS (the sign-in cookie is
/// <c>Secure</c>, HSTS is sent) and the client's address is the real one (rate limits, logs). Without either setting, no
/// forwarded header is honoured: a client could otherwise claim any address or scheme. The Host header is never taken
/// from the proxy: links leaving the application use <see cref="PublicUrl"/>.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Addresses(configuration, "KnownProxies")
            .Select(text => IPAddress.TryParse(text, out var address) ? address : throw Invalid("KnownProxies", text)).ToList();
        var networks = Addresses(configuration, "KnownNetworks")
            .Select(text => System.Net.IPNetwork.TryParse(text, out var network) ? network : throw Invalid("KnownNetworks", text)).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts the loopback by default: only what the deployment names is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
            options.ForwardLimit = 1;
        });
        return services;
    }

    /// <summary>Honours forwarded headers when a proxy is configured; first in the pipeline, before HSTS and the cookies.</summary>
    public static IApplicationBuilder UseReverseProxySupport(this WebApplication app)
    {
        if (Addresses(app.Configuration, "KnownProxies").Any() || Addresses(app.Configuration, "KnownNetworks").Any())
            app.UseForwardedHeaders();
        return app;
    }

    private static IEnumerable<string> Addresses(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(Section).GetSection(key);
        // A list (KnownProxies:0, KnownProxies:1) or one value separated by commas (environment variables).
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static InvalidOperationException Invalid(string key, string text) =>
        new($"{Section}:{key} : « {text} » n'est pas {(key == "KnownNetworks" ? "un réseau valide (CIDR, par exemple 172.28.0.0/24)" : "une adresse IP valide")}.");
}
