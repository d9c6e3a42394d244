using Microsoft.AspNetCore.Identity;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

/// <summary>
/// A fictitious but realistic lycée for demonstrations, created on first start when <c>Demo:Seed</c> is true
/// (Development's default; never in Production unless configured).
/// </summary>
public sealed class DemoData(AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public const string Password = "Stage-Seconde-2027!";

    public static readonly IReadOnlyList<(string Role, string Email, string Name)> Logins =
    [
        (Roles.Direction, "proviseur@lycee-demo.fr", "Claire Morel"),
        (Roles.ProfesseurPrincipal, "pp.2nde1@lycee-demo.fr", "Julien Marchand"),
        (Roles.Enseignant, "referent@lycee-demo.fr", "Sophie Lambert"),
        (Roles.Cpe, "cpe@lycee-demo.fr", "Nadia Benali"),
        (Roles.Secretariat, "secretariat@lycee-demo.fr", "Martine Girard"),
        (Roles.Administrateur, "admin@lycee-demo.fr", "Thomas Roussel"),
        (Roles.Academie, "dafpic@ac-creteil.fr", "Service DAFPIC"),
    ];

    public static void PrintLogins(ILogger logger)
    {
        logger.LogInformation("Comptes de démonstration (mot de passe {Password}) :", Password);
        foreach (var (role, email, _) in Logins)
            logger.LogInformation("  {Role,-22} {Email}", Roles.Title(role), email);
    }

    public async Task SeedAsync(CancellationToken ct)
    {
        var school = new School
        {
            Uai = "0940118V", Name = "Lycée Paul-Éluard (démonstration)", AddressLine = "15 avenue Jean-Jaurès",
            PostalCode = "94200", City = "Ivry-sur-Seine", Phone = "0145213000", Email = "ce.0940118v@ac-creteil.fr",
            Sector = SchoolSector.Public, Academy = "Créteil",
            HeadName = "Claire Morel", HeadEmail = "proviseur@lycee-demo.fr", HeadPhone = "0145213001",
        };
        db.Schools.Add(school);
        await db.SaveChangesAsync(ct);

        var today = clock.GetUtcNow();
        var startYear = today.Month >= 9 ? today.Year : today.Year - 1;
        db.SchoolYears.Add(SchoolYear.Create(school.Id, startYear));

        var staffByEmail = new Dictionary<string, StaffMember>();
        foreach (var (role, email, name) in Logins.Where(l => l.Role != Roles.Academie))
        {
            var parts = name.Split(' ', 2);
            var staff = new StaffMember { SchoolId = school.Id, FirstName = parts[0], LastName = parts[1], Email = email, Function = Roles.Title(role) };
            db.Staff.Add(staff);
            staffByEmail[email] = staff;
        }
        await db.SaveChangesAsync(ct);

        foreach (var (role, email, name) in Logins)
        {
            var user = new ApplicationUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
                SchoolId = role == Roles.Academie ? null : school.Id,
                StaffMemberId = staffByEmail.TryGetValue(email, out var staff) ? staff.Id : null,
            };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        }
    }
}
