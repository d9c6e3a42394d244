using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StageSeconde.Tests.Support;
using StageSeconde.Web.Domain;

namespace StageSeconde.FunctionalTests.Data;

/// <summary>A real instance starts on an empty database: the Setup settings create the lycée and its first administrator.</summary>
public sealed class FirstRunSetupTests
{
    private sealed class FirstRunApp : TestApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Setup:Uai", "0750654d");
            builder.UseSetting("Setup:SchoolName", "Lycée Henri-IV");
            builder.UseSetting("Setup:City", "Paris");
            builder.UseSetting("Setup:AdminEmail", "Admin.Henri4@ac-paris.fr");
            builder.UseSetting("Setup:AdminName", "Inès Moreau");
        }
    }

    [Fact]
    public async Task The_setup_settings_create_the_school_its_year_and_an_administrator_without_password()
    {
        using var app = new FirstRunApp();
        using var client = app.AnonymousClient();
        await client.GetAsync("/health");

        var school = await app.WithDbAsync(db => db.Schools.SingleAsync());
        Assert.Equal(("0750654D", "Lycée Henri-IV"), (school.Uai, school.Name));
        Assert.True(await app.WithDbAsync(db => db.SchoolYears.IgnoreQueryFilters().AnyAsync(y => y.SchoolId == school.Id && y.IsCurrent)));
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = await users.FindByEmailAsync("admin.henri4@ac-paris.fr");
        Assert.NotNull(admin);
        Assert.Equal(school.Id, admin.SchoolId);
        Assert.Equal("Inès MOREAU", admin.DisplayName);
        Assert.False(await users.HasPasswordAsync(admin));
        Assert.True(await users.IsInRoleAsync(admin, Roles.Administrateur));
    }

    [Fact]
    public async Task Without_setup_settings_an_empty_database_stays_empty()
    {
        using var app = new TestApp();
        using var client = app.AnonymousClient();
        await client.GetAsync("/health");

        Assert.Equal(0, await app.CountAsync<School>());
    }
}
