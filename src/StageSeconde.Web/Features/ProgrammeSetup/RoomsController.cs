using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.ProgrammeSetup;

/// <summary>The rooms the in-school programme may use, with their kind and capacity.</summary>
[Authorize(Policy = Policies.ManageProgramme)]
[Route("programme/salles")]
public sealed class RoomsController(AppDbContext db, IValidator<RoomForm> validator) : Controller
{
    private const string DuplicateMessage = "Une salle porte déjà ce nom.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Rooms", await RoomList.LoadAsync(db, ct));

    [HttpGet("nouvelle")]
    public IActionResult Create() => View("RoomForm", new RoomFormPage(null, new RoomForm()));

    [HttpPost("nouvelle"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([Bind(Prefix = FormModel.Prefix)] RoomForm form, CancellationToken ct)
    {
        var page = new RoomFormPage(null, form);
        if (!await ValidAsync(form, null, ct)) return View("RoomForm", page);
        try
        {
            db.ProgrammeRooms.Add(form.ToRoom());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("RoomForm", page);
        }
        if (!await db.TrySaveAsync(ModelState, form, ct)) return View("RoomForm", page);

        TempData.Success($"Salle « {form.Name!.Trim()} » ajoutée.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/modifier")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var room = await db.ProgrammeRooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return room is null ? NotFound() : View("RoomForm", new RoomFormPage(id, RoomForm.From(room)));
    }

    [HttpPost("{id:int}/modifier"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormModel.Prefix)] RoomForm form, CancellationToken ct)
    {
        var room = await db.ProgrammeRooms.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (room is null) return NotFound();
        var page = new RoomFormPage(id, form);
        if (!await ValidAsync(form, id, ct)) return View("RoomForm", page);
        try
        {
            form.ApplyTo(room);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("RoomForm", page);
        }
        db.SetOriginalVersion(room, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct)) return View("RoomForm", page);

        TempData.Success($"Salle « {room.Name} » enregistrée.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/archiver"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Archive(int id, bool archived, int version, CancellationToken ct)
    {
        var outcome = await db.SetArchivedAsync<ProgrammeRoom>(id, archived, version, ct);
        if (outcome is null) return NotFound();

        TempData.Report(outcome, archived
            ? $"Salle « {outcome.Record.Name} » archivée : elle n'est plus proposée dans les emplois du temps."
            : $"Salle « {outcome.Record.Name} » rétablie.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The form's rules, then a name not already taken by another room of the school.</summary>
    private async Task<bool> ValidAsync(RoomForm form, int? id, CancellationToken ct)
    {
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return false;
        var name = Normalized.Name(form.Name!);
        var names = await db.ProgrammeRooms.Where(r => r.Id != id).Select(r => r.Name).ToListAsync(ct);
        if (!names.Any(n => string.Equals(n, name, StringComparison.CurrentCultureIgnoreCase))) return true;
        ModelState.AddModelError(FormModel.Field(nameof(RoomForm.Name)), DuplicateMessage);
        return false;
    }
}
