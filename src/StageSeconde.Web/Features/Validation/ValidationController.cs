using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Validation;

/// <summary>The proviseur's validation queue: read a submitted convention and its checks, then validate or refuse it, one by one or in bulk.</summary>
[Authorize(Policy = Policies.Direction)]
[Route("conventions")]
public sealed class ValidationController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IValidator<RefusalForm> refusalValidator,
    OnlineSignatures.SignatureCollection onlineSignatures) : Controller
{
    private const string StaleMessage =
        "La convention a été modifiée depuis que vous l'avez ouverte : relisez-la ci-dessous avant de décider.";

    [HttpGet("a-valider")]
    public async Task<IActionResult> Queue(CancellationToken ct) =>
        View(new QueueModel((await ValidationQueue.SubmittedAsync(db, ct)).Select(i => i.Row).ToList()));

    [HttpGet("{id:int}/valider")]
    public async Task<IActionResult> Review(int id, CancellationToken ct) =>
        await ReviewPageAsync(id, null, ct) ?? NotFound();

    [HttpPost("{id:int}/valider"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Validate(int id, [FromForm] int version, CancellationToken ct)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        var item = (await ValidationQueue.LoadAsync(db, a => a.Id == id, ct)).Single();
        if (!await this.TryChangeStateAsync(db, agreement, version, a => a.Validate(item.Facts, currentUser.Actor, clock.GetUtcNow()), NotOpenForDecision(agreement), ct))
            return (await ReviewPageAsync(id, null, ct))!;

        var warnings = item.Row.Failed.Count;
        var online = await onlineSignatures.StartOnValidationAsync([id], currentUser.Actor, ct) > 0;
        TempData.Success($"Convention de {item.Row.StudentName} validée" +
                         (warnings == 0 ? "." : $" malgré {warnings} point(s) d'attention.") +
                         (online ? " La signature en ligne est lancée : les liens partent par e-mail." : " Le secrétariat peut maintenant recueillir les signatures."));
        return RedirectToAction(nameof(Queue));
    }

    [HttpPost("{id:int}/refuser"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Refuse(int id, [Bind(Prefix = FormModel.Prefix)] RefusalForm form, CancellationToken ct)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        if (!(await refusalValidator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return (await ReviewPageAsync(id, form, ct))!;
        if (!await this.TryChangeStateAsync(db, agreement, form.Version, a => a.Refuse(form.Reason, currentUser.Actor, clock.GetUtcNow()), NotOpenForDecision(agreement), ct, form))
            return (await ReviewPageAsync(id, form, ct))!;

        var student = await db.Students.Where(s => s.Id == agreement.StudentId).Select(s => PersonName.LastFirst(s.LastName, s.FirstName)).FirstAsync(ct);
        TempData.Success($"Convention de {student} refusée. Le motif est enregistré dans son historique ; une fois corrigée, elle repassera en brouillon.");
        return RedirectToAction(nameof(Queue));
    }

    /// <summary>
    /// Validates the selected conventions that pass every check, in one save; the others are left as they are and listed
    /// with their reasons.
    /// </summary>
    [HttpPost("a-valider/selection"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ValidateSelection([FromForm] int[] ids, [FromForm] Dictionary<int, int> versions, CancellationToken ct)
    {
        var selected = ids.Distinct().ToList();
        if (selected.Count == 0)
        {
            TempData.Error("Cochez au moins une convention à valider.");
            return RedirectToAction(nameof(Queue));
        }

        var items = await ValidationQueue.LoadAsync(db, a => selected.Contains(a.Id), ct);
        var leftAside = new List<LeftAside>();
        var passing = new List<QueueItem>();
        foreach (var item in items)
        {
            var row = item.Row;
            if (row.State != AgreementState.Submitted)
                leftAside.Add(new LeftAside(row, [$"Elle n'est plus en attente de validation : elle est « {row.State.Label()} »."]));
            else if (!versions.TryGetValue(row.Id, out var version) || version != row.Version)
                leftAside.Add(new LeftAside(row, ["Elle a été modifiée depuis l'affichage de la liste : examinez-la de nouveau."]));
            else if (!row.PassesEveryCheck)
                leftAside.Add(new LeftAside(row, row.Failed.Select(c => c.Detail is null ? c.Label : $"{c.Label} : {c.Detail}").ToList()));
            else
                passing.Add(item);
        }

        var passingIds = passing.Select(i => i.Row.Id).ToList();
        var agreements = await db.Agreements.Where(a => passingIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var actor = currentUser.Actor;
        var now = clock.GetUtcNow();
        var validated = new List<QueueRow>();
        foreach (var item in passing)
        {
            var agreement = agreements[item.Row.Id];
            try
            {
                agreement.Validate(item.Facts, actor, now);
                db.SetOriginalVersion(agreement, item.Row.Version);
                validated.Add(item.Row);
            }
            catch (DomainException ex)
            {
                leftAside.Add(new LeftAside(item.Row, [ex.Message]));
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Error("Une des conventions sélectionnées a été modifiée pendant la validation : aucune n'a été validée. Recommencez.");
            return RedirectToAction(nameof(Queue));
        }
        await onlineSignatures.StartOnValidationAsync(validated.Select(v => v.Id).ToList(), actor, ct);

        return View("SelectionResult", new SelectionResultModel(validated, leftAside.OrderBy(l => l.Row.SubmittedAt ?? DateTime.MaxValue).ToList()));
    }

    /// <summary>
    /// Why a decision cannot apply to the page the proviseur read, if the convention changed since: it is no longer
    /// waiting, or it is in another version.
    /// </summary>
    private static string NotOpenForDecision(Agreement agreement) => agreement.State != AgreementState.Submitted
        ? $"Cette convention n'est plus en attente de validation : elle est « {agreement.State.Label()} ». Aucune décision n'a été enregistrée."
        : StaleMessage;

    private async Task<IActionResult?> ReviewPageAsync(int id, RefusalForm? form, CancellationToken ct)
    {
        var review = await AgreementReview.LoadAsync(db, id, ct);
        if (review is null) return null;
        var checks = (await ValidationQueue.LoadAsync(db, a => a.Id == id, ct)).Single().Row.Checks;
        // After a failed decision the page shows the stored version: deciding again is deliberate.
        var refusal = form ?? new RefusalForm();
        refusal.Version = review.Version;
        return View("Review", new ReviewModel(review, checks, refusal));
    }
}
