using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Students;

/// <summary>A student who leaves the school: marked as left (or brought back), or deleted when nothing refers to the record.</summary>
[Authorize(Policy = Policies.SchoolStaff), Authorize(Policy = Policies.ManageRecords)]
[Route("eleves")]
public sealed class StudentDepartureController(AppDbContext db, TimeProvider clock) : Controller
{
    private const string Students = "Students";

    /// <summary>Marks the student as having left the school today (Paris time), or brings them back.</summary>
    [HttpPost("{id:int}/depart"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Leave(int id, bool left, CancellationToken ct)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (student is null) return NotFound();

        if (left) student.Leave(clock.TodayInParis());
        else student.Return();
        await db.SaveChangesAsync(ct);
        TempData.Success(student.LeftOn is { } leftOn
            ? $"{student.FullName} est marqué(e) comme parti(e) le {leftOn.FormatFrench()} et n'apparaît plus parmi les élèves présents."
            : $"{student.FullName} est réintégré(e) parmi les élèves présents.");
        return RedirectToAction(nameof(StudentsController.Details), Students, new { id });
    }

    [HttpGet("{id:int}/supprimer")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var model = await StudentDetailsModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/supprimer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        // The guardians are loaded so that they go with the student (cascade).
        if (await db.DeleteUnlessInUseAsync<Student>(id, db.StudentInUseAsync, ct, students => students.Include(s => s.Guardians)) is not { Record: var student } outcome)
            return NotFound();
        if (!outcome.Deleted)
        {
            TempData.Error($"{student.FullName} a des conventions : sa fiche est conservée. Marquez-le comme parti(e) s'il a quitté le lycée.");
            return RedirectToAction(nameof(Delete), new { id });
        }

        TempData.Success($"Élève {student.FullName} supprimé(e) avec ses responsables.");
        return RedirectToAction(nameof(StudentsController.Index), Students);
    }
}
