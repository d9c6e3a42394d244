using Microsoft.AspNetCore.Hosting;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Data;

/// <summary>Demo data comes from the appsettings files: on in Development, off in Production unless configured.</summary>
public sealed class DemoSeedSettingTests
{
    /// <summary>The application in <paramref name="environment"/>, leaving <c>Demo:Seed</c> to the appsettings files.</summary>
    private sealed class EnvironmentApp(string environment) : TestApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // TestApp's settings, except Demo:Seed which it forces to false.
            var folder = Path.GetDirectoryName(DatabasePath)!;
            Directory.CreateDirectory(folder);
            builder.UseEnvironment(environment);
            UseTestDatabase(builder);
            builder.UseSetting("Logging:FilePath", Path.Combine(folder, "logs", "app-.log"));
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Storage:Path", Path.Combine(folder, "files"));
            builder.UseSetting("App:PublicUrl", "https://stageseconde.ac-exemple.fr");
        }
    }

    [Fact]
    public async Task Production_without_a_Demo_Seed_setting_starts_with_no_school_and_no_login()
    {
        await using var app = new EnvironmentApp("Production");

        Assert.Equal(0, await app.CountAsync<School>());
        Assert.Equal(0, await app.CountAsync<ApplicationUser>());
    }

    [Fact]
    public async Task Development_creates_the_demo_lycee_on_first_start()
    {
        await using var app = new EnvironmentApp("Development");

        Assert.Equal(1, await app.CountAsync<School>());
        Assert.Equal(DemoData.Logins.Count, await app.CountAsync<ApplicationUser>());
        using var client = await app.SignInAsync(DemoData.Logins[0].Email, DemoData.Password);
    }
}
