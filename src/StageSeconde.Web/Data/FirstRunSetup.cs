using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.UserAccounts;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Data;

/// <summary>
/// First start of a real instance, on an empty database: creates the lycée (UAI and name), its current school year and
/// the first administrator's account, and writes that account's set-password link to the log. The administrator then
/// completes the school's settings, creates the other accounts and imports the students.
/// </summary>
public sealed class FirstRunSetup(AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, PublicUrl publicUrl, ILogger<FirstRunSetup> logger)
{
    public async Task RunAsync(FirstRunOptions options, CancellationToken ct)
    {
        var uai = (options.Uai ?? "").Trim().ToUpperInvariant();
        if (!FrenchIdentifiers.IsValidUai(uai))
            throw new InvalidOperationException($"Setup:Uai « {options.Uai} » n'est pas un UAI valide (7 chiffres et la lettre clé).");
        if (string.IsNullOrWhiteSpace(options.SchoolName))
            throw new InvalidOperationException("Setup:SchoolName est obligatoire (le nom du lycée).");
        var email = (options.AdminEmail ?? "").Trim().ToLowerInvariant();
        if (!FrenchIdentifiers.IsValidEmail(email))
            throw new InvalidOperationException($"Setup:AdminEmail « {options.AdminEmail} » n'est pas une adresse électronique valide.");
        if (await db.Schools.AnyAsync(ct)) return;

        var school = new School { Uai = uai, Name = options.SchoolName.Trim(), City = options.City?.Trim() ?? "", HeadName = "" };
        db.Schools.Add(school);
        await db.SaveChangesAsync(ct);

        var now = clock.GetUtcNow();
        db.SchoolYears.Add(SchoolYear.Create(school.Id, now.Month >= 9 ? now.Year : now.Year - 1));
        var (first, last) = SplitName(options.AdminName, email);
        var staff = new StaffMember(last, first, "Administrateur de l'application", email) { SchoolId = school.Id };
        db.Staff.Add(staff);
        await db.SaveChangesAsync(ct);

        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, SchoolId = school.Id, StaffMemberId = staff.Id,
            DisplayName = PersonName.FirstLast(first, last),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Administrateur);

        var link = await SetPasswordMail.CreateLinkAsync(users, user, publicUrl.Base ?? options.BaseUrl);
        logger.LogWarning("Premier démarrage : lycée {School} ({Uai}) créé. L'administrateur {Email} choisit son mot de passe ici (valable {Days} jours) : {Link}",
            school.Name, school.Uai, email, SetPasswordMail.ValidityDays, link);
    }

    private static (string First, string Last) SplitName(string? name, string email)
    {
        var parts = (name ?? "").Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            2 => (parts[0], parts[1]),
            1 => ("Administrateur", parts[0]),
            _ => ("Administrateur", email.Split('@')[0]),
        };
    }
}
