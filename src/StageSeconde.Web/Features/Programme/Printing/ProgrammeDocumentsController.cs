using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Programme.Printing;

/// <summary>The programme's documents: the page listing them (with the week filter), each PDF alone, and all of them as one batch.</summary>
[Authorize(Policy = Policies.ViewProgramme)]
[Route("programme/documents")]
public sealed class ProgrammeDocumentsController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "semaine")] int? week, CancellationToken ct) =>
        View("Documents", await ProgrammeSheets.LoadAsync(db, week, ct));

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Batch([FromForm(Name = "semaine")] int? week, [FromForm(Name = "inclure")] string[]? kinds,
        [FromForm] bool duplex, CancellationToken ct)
    {
        var chosen = ProgrammeBatch.Chosen(kinds);
        if (chosen.Count == 0)
        {
            TempData.Error("Cochez au moins un type de document à imprimer.");
            return RedirectToAction(nameof(Index), new { semaine = week });
        }
        var sheets = await ProgrammeSheets.LoadAsync(db, week, ct);
        var today = clock.TodayInParis();
        var composer = new DocumentComposer(padToEvenPages: duplex);
        Response.RegisterForDispose(composer);
        if (ProgrammeBatch.Compose(composer, sheets, chosen, today) == 0)
        {
            TempData.Error("Aucun document à imprimer : le programme n'a pas encore de groupe ni d'emploi du temps pour cette sélection.");
            return RedirectToAction(nameof(Index), new { semaine = week });
        }
        var fileName = string.Create(CultureInfo.InvariantCulture, $"programme-{today:yyyy-MM-dd}{(sheets.Week is { } w ? $"-semaine-{w}" : "")}.pdf");
        return new PdfResult(composer, fileName, inline: false);
    }

    [HttpGet("groupe/{id:int}")]
    public async Task<IActionResult> Group(int id, [FromQuery(Name = "semaine")] int? week, CancellationToken ct)
    {
        var sheets = await ProgrammeSheets.LoadAsync(db, week, ct);
        var group = sheets.Groups.FirstOrDefault(g => g.Id == id);
        if (group is null) return NotFound();
        return Pdf(ProgrammeDocuments.Group(sheets, group, clock.TodayInParis()), $"emploi-du-temps-groupe-{ProgrammeDocuments.FileSlug(group.Name)}.pdf");
    }

    [HttpGet("groupe/{id:int}/appel")]
    public async Task<IActionResult> GroupAttendance(int id, [FromQuery(Name = "semaine")] int? week, CancellationToken ct)
    {
        var sheets = await ProgrammeSheets.LoadAsync(db, week, ct);
        var group = sheets.Groups.FirstOrDefault(g => g.Id == id);
        if (group is null) return NotFound();
        var docs = ProgrammeBatch.AttendanceOf(sheets, group, clock.TodayInParis()).ToList();
        if (docs.Count == 0) return NotFound();
        return Pdf(docs, $"feuilles-appel-groupe-{ProgrammeDocuments.FileSlug(group.Name)}.pdf");
    }

    [HttpGet("appel/{id:int}/{date}/{part}")]
    public async Task<IActionResult> AttendanceSheet(int id, DateOnly date, string part, CancellationToken ct)
    {
        var sheets = await ProgrammeSheets.LoadAsync(db, null, ct);
        var group = sheets.Groups.FirstOrDefault(g => g.Id == id);
        var afternoon = ProgrammeHours.FromSlug(part);
        var slot = sheets.SlotsOf(id).FirstOrDefault(s => s.Date == date && s.Afternoon == afternoon);
        if (group is null || slot is null) return NotFound();
        return Pdf(ProgrammeDocuments.Attendance(sheets, group, slot, clock.TodayInParis()),
            string.Create(CultureInfo.InvariantCulture, $"appel-{ProgrammeDocuments.FileSlug(group.Name)}-{slot.Date:yyyy-MM-dd}-{part}.pdf"));
    }

    [HttpGet("eleve/{id:int}")]
    public async Task<IActionResult> Pupil(int id, [FromQuery(Name = "semaine")] int? week, CancellationToken ct)
    {
        var sheets = await ProgrammeSheets.LoadAsync(db, week, ct);
        var pupil = sheets.Pupils.FirstOrDefault(p => p.Id == id);
        if (pupil is null) return NotFound();
        return Pdf(ProgrammeDocuments.Pupil(sheets, pupil, clock.TodayInParis()), $"programme-{ProgrammeDocuments.FileSlug(pupil.LastName + " " + pupil.FirstName)}.pdf");
    }

    [HttpGet("encadrant/{id:int}")]
    public async Task<IActionResult> Supervisor(int id, [FromQuery(Name = "semaine")] int? week, CancellationToken ct)
    {
        var sheets = await ProgrammeSheets.LoadAsync(db, week, ct);
        var supervisor = sheets.Supervisors.FirstOrDefault(s => s.Id == id);
        if (supervisor is null) return NotFound();
        return Pdf(ProgrammeDocuments.Supervisor(sheets, supervisor, clock.TodayInParis()), $"encadrement-{ProgrammeDocuments.FileSlug(supervisor.Name)}.pdf");
    }

    [HttpGet("salle/{id:int}")]
    public async Task<IActionResult> Room(int id, [FromQuery(Name = "semaine")] int? week, CancellationToken ct)
    {
        var sheets = await ProgrammeSheets.LoadAsync(db, week, ct);
        var room = sheets.Rooms.FirstOrDefault(r => r.Id == id);
        if (room is null) return NotFound();
        return Pdf(ProgrammeDocuments.Room(sheets, room, clock.TodayInParis()), $"salle-{ProgrammeDocuments.FileSlug(room.Name)}.pdf");
    }

    private PdfResult Pdf(PdfDocumentBuilder document, string fileName) => Pdf([document], fileName);

    private PdfResult Pdf(IEnumerable<PdfDocumentBuilder> documents, string fileName)
    {
        var composer = new DocumentComposer();
        Response.RegisterForDispose(composer);
        foreach (var document in documents) composer.Add(document);
        return new PdfResult(composer, fileName, inline: true);
    }
}
