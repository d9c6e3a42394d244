using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.MyStudents;

/// <summary>« Mes élèves »: the professeur référent's students during the sequence, and those no one has contacted yet.</summary>
[Authorize(Policy = Policies.Referent)]
[Route("mes-eleves")]
public sealed class MyStudentsController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "q")] string? search, CancellationToken ct)
    {
        if (currentUser.StaffMemberId is not { } staffId) return View(new MyStudentsModel(null, 0, [], [], clock.TodayInParis()));
        return View(await MyStudentsList.LoadAsync(db, staffId, search, clock.GetUtcNow(), ct));
    }
}
