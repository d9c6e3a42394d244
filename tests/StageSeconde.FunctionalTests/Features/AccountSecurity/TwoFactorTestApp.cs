using Microsoft.AspNetCore.Hosting;
using StageSeconde.Tests.Support;

namespace StageSeconde.FunctionalTests.Features.AccountSecurity;

/// <summary>The application as installed: two-factor authentication required for the Direction and the administrators.</summary>
public sealed class TwoFactorTestApp : TestApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RequireTwoFactorForDirection", "true");
    }
}
