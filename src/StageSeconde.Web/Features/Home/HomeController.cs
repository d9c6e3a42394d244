using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Home;

public sealed class HomeController(AppDbContext db) : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => Redirect(RoleHomes.For(User));

    /// <summary>The Direction's home: the school at a glance.</summary>
    [HttpGet("/tableau-de-bord"), Authorize(Policy = Policies.Direction)]
    public async Task<IActionResult> Dashboard(CancellationToken ct)
    {
        var model = new DashboardModel(
            Classes: await db.Classes.CountAsync(c => !c.IsArchived, ct),
            Students: await db.Students.CountAsync(s => s.LeftOn == null, ct),
            SthrStudents: await db.Students.CountAsync(s => s.LeftOn == null && s.IsSthr, ct),
            StudentsWithoutGuardianContact: await db.Students.CountAsync(s => s.LeftOn == null && !s.Guardians.Any(g => g.IsLegalGuardian && (g.Email != null || g.MobilePhone != null || g.HomePhone != null)), ct),
            HostOrganisations: await db.HostOrganisations.CountAsync(h => !h.IsArchived, ct),
            Staff: await db.Staff.CountAsync(s => !s.IsArchived, ct),
            Period: await db.SchoolYears.AsNoTracking().Where(y => y.IsCurrent).Select(y => new PeriodRow(y.StartYear, y.ObservationStart, y.ObservationEnd)).FirstOrDefaultAsync(ct));
        return View(model);
    }
}

public sealed record PeriodRow(int StartYear, DateOnly Start, DateOnly End);

public sealed record DashboardModel(int Classes, int Students, int SthrStudents, int StudentsWithoutGuardianContact, int HostOrganisations, int Staff, PeriodRow? Period);
