using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Serilog;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Closing;
using StageSeconde.Web.Features.Audit;
using StageSeconde.Web.Features.HeadSignature;
using StageSeconde.Web.Features.Imports;
using StageSeconde.Web.Features.AccountSecurity;
using StageSeconde.Web.Features.UserAccounts;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Background;
using StageSeconde.Web.Infrastructure.Email;
using StageSeconde.Web.Infrastructure.Sealing;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;
using StageSeconde.Web.Infrastructure.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, services, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
    .WriteTo.File(
        Path.Combine(context.HostingEnvironment.ContentRootPath, context.Configuration["Logging:FilePath"] ?? "App_Data/logs/stageseconde-.log"),
        rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14, formatProvider: CultureInfo.InvariantCulture));

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddAppDatabase(builder.Configuration, builder.Environment);
builder.Services.AddScoped<PublicUrl>();
builder.Services.AddScoped<StageSeconde.Web.Features.Absences.AbsenceReporting>();
builder.Services.AddScoped<StageSeconde.Web.Features.TutorLinks.TutorLinkService>();
builder.Services.AddScoped<StageSeconde.Web.Features.Programme.Pupils.ProgrammeDepartures>();
builder.Services.AddScoped<StageSeconde.Web.Features.OnlineSignatures.SignatureCollection>();
builder.Services.AddScoped<StageSeconde.Web.Features.OnlineSignatures.SigningSteps>();
builder.Services.AddScoped<StageSeconde.Web.Features.School.PeriodChange>();
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddAccountSecurity(builder.Configuration);
builder.Services.AddScoped<DemoData>();
builder.Services.AddScoped<FirstRunSetup>();
builder.Services.AddBackgroundWork(builder.Configuration);

builder.Services.AddIdentity<ApplicationUser, IdentityRole>(options =>
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Password.RequiredUniqueChars = 6;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        // The login is the e-mail address: accept every character an address may hold (d'Arc, accents).
        options.User.AllowedUserNameCharacters = "";
        options.SignIn.RequireConfirmedAccount = false;
    })
    .AddEntityFrameworkStores<AppDbContext>()
    .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
    .AddErrorDescriber<FrenchIdentityErrorDescriber>()
    .AddDefaultTokenProviders();
builder.Services.AddPersonalDataProtection(builder.Configuration);
builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/connexion";
    options.LogoutPath = "/deconnexion";
    options.AccessDeniedPath = "/acces-refuse";
    options.Cookie.Name = "StageSeconde.Auth";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.ExpireTimeSpan = TimeSpan.FromHours(10);
    options.SlidingExpiration = true;
    // A session whose account changed (deactivated, archived, roles) ends at its next request, not 30 minutes later.
    options.Events.OnValidatePrincipal = OpenSessions.After(options.Events.OnValidatePrincipal);
});
builder.Services.AddAppDataProtection(builder.Configuration);
builder.Services.AddReverseProxySupport(builder.Configuration);
builder.Services.AddAuthorization(Policies.Configure);

builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection(SmtpOptions.Section));
builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
builder.Services.AddImports(builder.Configuration);
builder.Services.AddUserAccounts();
builder.Services.AddHeadSignature();
builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
builder.Services.AddSingleton<IFileStore, LocalFileStore>();
builder.Services.AddSealing(builder.Configuration);
builder.Services.AddClosing(builder.Configuration);

builder.Services.AddControllersWithViews(options =>
    {
        options.Filters.Add<StageSeconde.Web.Infrastructure.Web.PastYearFilter>();
        // PostgreSQL refuses NUL characters in text: none reaches a query or a record (docs/decisions/0020-postgresql.md).
        options.ModelBinderProviders.Insert(0, new StageSeconde.Web.Infrastructure.Web.NulFreeStringBinderProvider());
        options.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
        options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, _) => $"La valeur « {value} » n'est pas valide.");
        options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
        options.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(_ => "Ce champ est obligatoire.");
        options.ModelBindingMessageProvider.SetUnknownValueIsInvalidAccessor(_ => "La valeur saisie n'est pas valide.");
        options.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
        options.ModelBindingMessageProvider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur saisie n'est pas valide.");
        options.ModelBindingMessageProvider.SetNonPropertyValueMustBeANumberAccessor(() => "Ce champ doit être un nombre.");
        options.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(_ => "Ce champ doit être un nombre.");
        options.ModelBindingMessageProvider.SetMissingKeyOrValueAccessor(() => "Ce champ est obligatoire.");
        options.ModelBindingMessageProvider.SetMissingRequestBodyRequiredValueAccessor(() => "Le formulaire est vide.");
    })
    .AddRazorOptions(FeatureFolderViewLocations.AddTo);
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);

if (PublicUrl.Check(builder.Configuration, builder.Environment) is { } publicUrlProblem)
    throw new InvalidOperationException(publicUrlProblem);

var app = builder.Build();
app.UseReverseProxySupport();

var french = new CultureInfo("fr-FR");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(french),
    SupportedCultures = [french],
    SupportedUICultures = [french],
});

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/erreur");
    app.UseHsts();
}
else
{
    app.UseDeveloperExceptionPage();
}
app.UseStatusCodePagesWithReExecute("/erreur/{0}");
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseSerilogRequestLogging();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapControllers();

await DatabaseInitializer.InitializeAsync(app.Services, app.Configuration, app.Logger);
AccountSecurityRegistration.WarnIfTwoFactorNotRequired(app.Services, app.Logger);

await app.RunAsync();

public partial class Program;
