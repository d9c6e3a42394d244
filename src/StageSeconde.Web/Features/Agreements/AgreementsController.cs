using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Hosts;
using StageSeconde.Web.Features.Students;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Export;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>Conventions: list and export, creation (one pupil or a group), page, edit, submission, cancellation, completion.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("conventions")]
public sealed class AgreementsController(
    AppDbContext db, IValidator<AgreementForm> validator, IValidator<CancelForm> cancelValidator, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    private const string DuplicateSiretMessage = "Ce SIRET vient d'être enregistré par ailleurs : choisissez cette structure dans la liste.";
    private const string NoYearMessage = "Aucune année scolaire n'est ouverte : l'administrateur doit d'abord l'ouvrir (Établissement › Année scolaire).";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AgreementListQuery query, CancellationToken ct) =>
        View(await AgreementList.LoadAsync(db, query, ct));

    /// <summary>The list with its current filters and sort, every page, as a CSV file for French Excel.</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Export([FromQuery] AgreementListQuery query, CancellationToken ct) =>
        File(TableExport.ToCsv(await AgreementList.ExportAsync(db, query, ct)), TableExport.CsvContentType, $"conventions-{clock.TodayInParis():yyyy-MM-dd}.csv");

    /// <summary>The same, as an Excel workbook.</summary>
    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx([FromQuery] AgreementListQuery query, CancellationToken ct) =>
        File(TableExport.ToXlsx(await AgreementList.ExportAsync(db, query, ct)), TableExport.XlsxContentType, $"conventions-{clock.TodayInParis():yyyy-MM-dd}.xlsx");

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await AgreementDetailsModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(model);
    }

    // ---- Creation for one pupil ----

    /// <summary>Without a pupil: choose one (search or class); with one: the form.</summary>
    [HttpGet("nouvelle"), Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Create([FromQuery(Name = "eleve")] int? studentId, [FromQuery] string? q, [FromQuery(Name = "classe")] int? classId, CancellationToken ct)
    {
        if (studentId is null)
        {
            var search = new StudentListQuery(q, classId, Sthr: null);
            return View("ChoosePupil", search.IsFiltered ? await StudentList.LoadAsync(db, search, ct) : new StudentListModel(search, await StudentList.ClassOptionsAsync(db, null, ct), new PageOf<StudentRow>([], 1, PageOf<StudentRow>.DefaultPageSize, 0)));
        }

        var pupil = await PupilSummary.LoadAsync(db, studentId.Value, ct);
        if (pupil is null) return NotFound();
        if (await CannotCreateForAsync(pupil, ct) is { } refusal) return refusal;
        var year = (await db.CurrentYearAsync(ct))!;
        return await FormViewAsync(null, pupil, AgreementForm.New(), YearWeeks.Of(year), ct);
    }

    [HttpPost("nouvelle"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Create([FromQuery(Name = "eleve")] int studentId, [Bind(Prefix = FormModel.Prefix)] AgreementForm form, CancellationToken ct)
    {
        var pupil = await PupilSummary.LoadAsync(db, studentId, ct);
        if (pupil is null) return NotFound();
        if (form.RequestId == Guid.Empty) form.RequestId = null;   // a tampered form: treated as a new request
        if (form.RequestId is { } sent && await CreatedByRequestAsync(sent, ct) is { } already) return AlreadyCreated(already);
        if (await CannotCreateForAsync(pupil, ct) is { } refusal) return refusal;
        var year = (await db.CurrentYearAsync(ct))!;
        form.RequestId ??= Guid.NewGuid();
        form.Normalized();
        if (!await IsValidAsync(form, currentHostId: null, currentReferentId: null, ct)) return await FormViewAsync(null, pupil, form, YearWeeks.Of(year), ct);

        var student = await db.Students.Include(s => s.Guardians).FirstAsync(s => s.Id == studentId, ct);
        var (host, tutor) = await ResolveHostAndTutorAsync(form, ct);
        if (host is null || tutor is null) return await FormViewAsync(null, pupil, form, YearWeeks.Of(year), ct);

        Agreement agreement;
        try
        {
            agreement = Agreement.Draft(year, student, host, tutor, form.ToTerms(), currentUser.Actor, clock.GetUtcNow(), form.RequestId);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return await FormViewAsync(null, pupil, form, YearWeeks.Of(year), ct);
        }
        db.Agreements.Add(agreement);
        LinkNewRecords(agreement, host, tutor);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the other request created it.
            if (await CreatedByRequestAsync(form.RequestId.Value, ct) is { } raced) return AlreadyCreated(raced);
            await AddSaveErrorAsync(form, ct);
            return await FormViewAsync(null, pupil, form, YearWeeks.Of(year), ct);
        }

        TempData.Success(form.CreatesHost
            ? $"Convention créée en brouillon, avec la nouvelle structure « {host.Name} ». Vérifiez les contrôles avant de la soumettre."
            : "Convention créée en brouillon. Vérifiez les contrôles avant de la soumettre.");
        return RedirectToAction(nameof(Details), new { id = agreement.Id });
    }

    // ---- Group hosting ----

    [HttpGet("groupe"), Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Group([FromQuery(Name = "classe")] int? classId, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null)
        {
            TempData.Error(NoYearMessage);
            return RedirectToAction(nameof(Index));
        }
        if (classId is { } id && !await db.Classes.AnyAsync(c => c.Id == id, ct)) return NotFound();
        return await GroupViewAsync(classId, [], AgreementForm.New(), year, ct);
    }

    [HttpPost("groupe"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Group([FromQuery(Name = "classe")] int classId, [FromForm(Name = "eleves")] List<int> studentIds,
        [Bind(Prefix = FormModel.Prefix)] AgreementForm form, CancellationToken ct)
    {
        var schoolClass = await db.Classes.AsNoTracking().Where(c => c.Id == classId).Select(c => new { c.Id, c.Code }).FirstOrDefaultAsync(ct);
        if (schoolClass is null) return NotFound();
        var year = await db.CurrentYearAsync(ct);
        if (year is null)
        {
            TempData.Error(NoYearMessage);
            return RedirectToAction(nameof(Index));
        }
        if (form.RequestId == Guid.Empty) form.RequestId = null;
        form.RequestId ??= Guid.NewGuid();
        var requestIds = studentIds.Distinct().ToDictionary(s => s, s => GroupHosting.RequestIdFor(form.RequestId.Value, s));
        if (await AnyCreatedByRequestsAsync(requestIds.Values, ct)) return GroupAlreadyCreated(classId);

        form.Normalized();
        var valid = await IsValidAsync(form, currentHostId: null, currentReferentId: null, ct);
        if (studentIds.Count == 0)
        {
            ModelState.AddModelError("eleves", "Élèves : cochez au moins un élève.");
            valid = false;
        }
        if (!valid) return await GroupViewAsync(classId, studentIds, form, year, ct);

        var students = await db.Students.Include(s => s.Guardians)
            .Where(s => s.SchoolClassId == classId && studentIds.Contains(s.Id))
            .OrderBy(s => s.SearchKey).ThenBy(s => s.Id)
            .ToListAsync(ct);
        var (host, tutor) = await ResolveHostAndTutorAsync(form, ct);
        if (host is null || tutor is null) return await GroupViewAsync(classId, studentIds, form, year, ct);

        var terms = form.ToTerms();
        var (firstDay, lastDay) = YearWeeks.Of(year).Dates(terms.Period);
        var slots = (await db.Agreements.AsNoTracking()
                .Where(a => studentIds.Contains(a.StudentId) && a.SchoolYearId == year.Id)
                .Select(a => new { a.StudentId, Slot = new AgreementSlot(a.Id, a.HostOrganisationId, a.Period, a.FirstDay, a.LastDay, a.State) })
                .ToListAsync(ct))
            .ToLookup(x => x.StudentId, x => x.Slot);

        var created = new List<(Agreement Agreement, Student Student)>();
        var skipped = new List<GroupSkipped>();
        foreach (var student in students)
        {
            var candidate = new AgreementSlot(0, host.Id, terms.Period, firstDay, lastDay, AgreementState.Draft);
            var conflicts = student.LeftOn is not null
                ? ["L'élève a quitté l'établissement"]
                : CoverageRules.Check(candidate, slots[student.Id], year);
            if (conflicts.Count > 0)
            {
                skipped.Add(new GroupSkipped(student.FullName, conflicts));
                continue;
            }
            var agreement = Agreement.Draft(year, student, host, tutor, terms, currentUser.Actor, clock.GetUtcNow(), requestIds[student.Id]);
            db.Agreements.Add(agreement);
            LinkNewRecords(agreement, host, tutor);
            created.Add((agreement, student));
        }

        if (created.Count > 0)
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                if (await AnyCreatedByRequestsAsync(requestIds.Values, ct)) return GroupAlreadyCreated(classId);
                await AddSaveErrorAsync(form, ct);
                return await GroupViewAsync(classId, studentIds, form, year, ct);
            }
        }

        return View("GroupResult", new GroupResultModel(host.Name, terms.Period, classId, schoolClass.Code,
            created.Select(c => new GroupCreated(c.Agreement.Id, c.Student.FullName)).ToList(), skipped));
    }

    // ---- Edit ----

    [HttpGet("{id:int}/modifier"), Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.HostOrganisation).Include(a => a.Signatures).Include(a => a.SchoolYear)
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        if (!agreement.IsOpen) return ClosedRedirect(agreement);
        var pupil = (await PupilSummary.LoadAsync(db, agreement.StudentId, ct))!;
        return await FormViewAsync(agreement, pupil, AgreementForm.From(agreement, agreement.HostOrganisation!), YearWeeks.Of(agreement.SchoolYear!), ct);
    }

    [HttpPost("{id:int}/modifier"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormModel.Prefix)] AgreementForm form, CancellationToken ct)
    {
        var agreement = await db.Agreements.Include(a => a.Signatures).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        if (!agreement.IsOpen) return ClosedRedirect(agreement);
        var pupil = (await PupilSummary.LoadAsync(db, agreement.StudentId, ct))!;
        var year = await db.SchoolYears.AsNoTracking().FirstAsync(y => y.Id == agreement.SchoolYearId, ct);
        form.RequestId = null;
        form.Normalized();
        if (!await IsValidAsync(form, agreement.HostOrganisationId, agreement.ReferentTeacherId, ct))
            return await FormViewAsync(agreement, pupil, form, YearWeeks.Of(year), ct);

        var (host, tutor) = await ResolveHostAndTutorAsync(form, ct);
        if (host is null || tutor is null) return await FormViewAsync(agreement, pupil, form, YearWeeks.Of(year), ct);

        var before = agreement.State;
        var signatures = agreement.Signatures.Count;
        try
        {
            agreement.ApplyEdit(year, host, tutor, form.ToTerms(), currentUser.Actor, clock.GetUtcNow(), form.Reason);
        }
        catch (DomainException ex)
        {
            var reasonMissing = string.IsNullOrWhiteSpace(form.Reason) && AgreementFormModel.RequiresValidationAgain(before);
            ModelState.AddModelError(reasonMissing ? FormModel.Field(nameof(AgreementForm.Reason)) : "", ex.Message);
            return await FormViewAsync(agreement, pupil, form, YearWeeks.Of(year), ct);
        }
        LinkNewRecords(agreement, host, tutor);
        if (!db.ChangeTracker.HasChanges())
        {
            TempData.Info("Aucune modification : la convention est inchangée.");
            return RedirectToAction(nameof(Details), new { id });
        }

        db.SetOriginalVersion(agreement, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct, form.CreatesHost ? "NewHost.Siret" : null, form.CreatesHost ? DuplicateSiretMessage : null))
            return await FormViewAsync(agreement, pupil, form, YearWeeks.Of(year), ct, stateShown: before, signaturesShown: signatures);

        TempData.Success((before, agreement.State) switch
        {
            (AgreementState.Refused, AgreementState.Draft) => "Convention corrigée : elle repasse en brouillon. Soumettez-la de nouveau quand elle est prête.",
            (not AgreementState.Submitted, AgreementState.Submitted) =>
                "Convention modifiée : elle repasse à l'état « Soumise » et doit être validée de nouveau par la direction."
                + (signatures > 0 ? " Les signatures déjà recueillies ont été effacées." : ""),
            _ => "Convention enregistrée.",
        });
        return RedirectToAction(nameof(Details), new { id });
    }

    // ---- Transitions ----

    [HttpPost("{id:int}/soumettre"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Submit(int id, int version, CancellationToken ct)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        var facts = (await db.LoadFactsAsync(agreement.StudentId, agreement.SchoolYearId, ct))!;
        return await MoveAsync(agreement, version, a => a.Submit(facts, currentUser.Actor, clock.GetUtcNow()),
            "Convention soumise : elle attend la validation de la direction.", ct);
    }

    [HttpPost("{id:int}/terminer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Complete(int id, int version, CancellationToken ct)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        return await MoveAsync(agreement, version, a => a.Complete(clock.TodayInParis(), currentUser.Actor, clock.GetUtcNow()), "Convention terminée.", ct);
    }

    [HttpGet("{id:int}/annuler"), Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Cancel(int id, CancellationToken ct)
    {
        var model = await CancelPageAsync(id, form: null, ct);
        if (model is null) return NotFound();
        if (model.State is AgreementState.Completed or AgreementState.Cancelled) return ClosedRedirect(id, model.State);
        return View(model);
    }

    [HttpPost("{id:int}/annuler"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Cancel(int id, [Bind(Prefix = FormModel.Prefix)] CancelForm form, CancellationToken ct)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        if (!agreement.IsOpen) return ClosedRedirect(agreement);
        if (!(await cancelValidator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View(await CancelPageAsync(id, form, ct));
        if (agreement.Version != form.Version)
        {
            ModelState.AddModelError("", ChangedMeanwhile(agreement.State) + " Relisez-la puis confirmez de nouveau l'annulation si elle est toujours voulue.");
            form.Version = agreement.Version;
            return View(await CancelPageAsync(id, form, ct));
        }

        try
        {
            agreement.Cancel(form.Reason, currentUser.Actor, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(FormModel.Field(nameof(CancelForm.Reason)), ex.Message);
            return View(await CancelPageAsync(id, form, ct));
        }
        db.SetOriginalVersion(agreement, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct)) return View(await CancelPageAsync(id, form, ct));

        TempData.Success("Convention annulée.");
        return RedirectToAction(nameof(Details), new { id });
    }

    // ---- Helpers ----

    /// <summary>
    /// A state change from a small form carrying the version the user saw: a second click, or a change made meanwhile,
    /// is refused with a French message and nothing is done twice.
    /// </summary>
    private async Task<IActionResult> MoveAsync(Agreement agreement, int version, Action<Agreement> move, string success, CancellationToken ct)
    {
        var details = RedirectToAction(nameof(Details), new { id = agreement.Id });
        if (agreement.Version != version)
        {
            TempData.Error(ChangedMeanwhile(agreement.State));
            return details;
        }
        try
        {
            move(agreement);
        }
        catch (DomainException ex)
        {
            TempData.Error(ex.Message);
            return details;
        }
        db.SetOriginalVersion(agreement, version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Error("Cette convention vient d'être modifiée par ailleurs : rien n'a été fait. Vérifiez-la ci-dessous avant de recommencer.");
            return details;
        }
        TempData.Success(success);
        return details;
    }

    private static string ChangedMeanwhile(AgreementState now) =>
        $"Cette convention a changé depuis l'affichage de la page (elle est maintenant « {now.Label()} ») : rien n'a été refait.";

    private IActionResult ClosedRedirect(Agreement agreement) => ClosedRedirect(agreement.Id, agreement.State);

    private IActionResult ClosedRedirect(int id, AgreementState state)
    {
        TempData.Error(state == AgreementState.Cancelled
            ? "Cette convention est annulée : elle ne peut plus être modifiée."
            : "Cette convention est terminée : elle ne peut plus être modifiée.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Why no convention can be created for this pupil now (a redirect with a message), or null.</summary>
    private async Task<IActionResult?> CannotCreateForAsync(PupilSummary pupil, CancellationToken ct)
    {
        string? refusal = null;
        if (pupil.LeftOn is not null) refusal = $"{pupil.FullName} a quitté l'établissement : aucune convention ne peut être créée.";
        else if (await db.CurrentYearAsync(ct) is null) refusal = NoYearMessage;
        if (refusal is null) return null;
        TempData.Error(refusal);
        return Redirect($"/eleves/{pupil.Id}");
    }

    private Task<int?> CreatedByRequestAsync(Guid requestId, CancellationToken ct) =>
        db.Agreements.AsNoTracking().Where(a => a.CreationRequestId == requestId).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);

    private Task<bool> AnyCreatedByRequestsAsync(IEnumerable<Guid> requestIds, CancellationToken ct)
    {
        var ids = requestIds.Select(g => (Guid?)g).ToList();
        return db.Agreements.AsNoTracking().AnyAsync(a => ids.Contains(a.CreationRequestId), ct);
    }

    private IActionResult AlreadyCreated(int id)
    {
        TempData.Info("Ce formulaire avait déjà été envoyé : la convention n'a été créée qu'une fois. La voici.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private IActionResult GroupAlreadyCreated(int classId)
    {
        TempData.Info("Ce formulaire avait déjà été envoyé : les conventions n'ont été créées qu'une fois. Les voici.");
        return Redirect($"/conventions?classId={classId}");
    }

    /// <summary>
    /// The form's rules, then what only the database knows: the SIRET of a new host is free, the chosen host and
    /// referent exist and are not archived (unless already the convention's), the chosen tutor belongs to the host
    /// (checked here so that the form works without JavaScript).
    /// </summary>
    private async Task<bool> IsValidAsync(AgreementForm form, int? currentHostId, int? currentReferentId, CancellationToken ct)
    {
        if (form.ApplyToWeekdays && form.EveryDay is { Start: not null, End: not null })
        {
            form.ApplyEveryDayToWeekdays();
            // Show the copied hours, not the ones typed before (and an unticked box).
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith(FormModel.Field("Days["), StringComparison.Ordinal)
                         || k == FormModel.Field(nameof(AgreementForm.ApplyToWeekdays))).ToList())
                ModelState.Remove(key);
        }

        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix);

        if (form.CreatesHost)
        {
            if (FrenchIdentifiers.IsValidSiret(form.NewHost.Siret) && await db.HostWithSiretAsync(form.NewHost.Siret, null, ct) is { } existing)
                AddError("NewHost.Siret", $"Ce SIRET est déjà celui de « {existing.Name} » : choisissez cette structure dans la liste.");
        }
        else if (form.HostId is { } hostId)
        {
            var host = await db.HostOrganisations.AsNoTracking().Where(h => h.Id == hostId).Select(h => new { h.Name, h.IsArchived }).FirstOrDefaultAsync(ct);
            if (host is null) AddError(nameof(AgreementForm.HostId), "Cette structure d'accueil n'existe pas ou plus : choisissez-en une autre.");
            else if (host.IsArchived && hostId != currentHostId) AddError(nameof(AgreementForm.HostId), $"« {host.Name} » est archivée : choisissez une autre structure.");
        }

        if (!form.CreatesTutor && !form.CreatesHost && form.TutorId is { } tutorId)
        {
            var tutor = await db.Tutors.AsNoTracking().Where(t => t.Id == tutorId)
                .Select(t => new { t.FirstName, t.LastName, t.HostOrganisationId }).FirstOrDefaultAsync(ct);
            if (tutor is null)
                AddError(nameof(AgreementForm.TutorId), "Ce tuteur n'existe pas ou plus : choisissez-en un autre.");
            else if (form.HostId is { } chosenHost && tutor.HostOrganisationId != chosenHost)
                AddError(nameof(AgreementForm.TutorId),
                    $"{PersonName.FirstLast(tutor.FirstName, tutor.LastName)} n'est pas tuteur de la structure choisie : choisissez un tuteur de cette structure (la liste les regroupe par structure) ou enregistrez-en un nouveau.");
        }

        if (form.ReferentTeacherId is { } referentId)
        {
            var referent = await db.Staff.AsNoTracking().Where(s => s.Id == referentId).Select(s => new { s.IsArchived }).FirstOrDefaultAsync(ct);
            if (referent is null || (referent.IsArchived && referentId != currentReferentId))
                AddError(nameof(AgreementForm.ReferentTeacherId), "Ce professeur n'est plus dans la liste des personnels : choisissez-en un autre.");
        }

        return ModelState.IsValid;
    }

    private void AddError(string field, string message) => ModelState.AddModelError(FormModel.Field(field), message);

    /// <summary>The host and the tutor the form names: chosen ones (tracked), or new ones added to the context.</summary>
    private async Task<(HostOrganisation? Host, Tutor? Tutor)> ResolveHostAndTutorAsync(AgreementForm form, CancellationToken ct)
    {
        HostOrganisation? host;
        if (form.CreatesHost)
        {
            host = form.NewHost.ToHost();
            db.HostOrganisations.Add(host);
        }
        else
        {
            host = await db.HostOrganisations.FirstOrDefaultAsync(h => h.Id == form.HostId, ct);
        }

        Tutor? tutor = null;
        if (host is not null && form.CreatesTutor)
        {
            tutor = form.NewTutor.AddTo(host);
            db.Tutors.Add(tutor);
        }
        else if (host is not null)
        {
            tutor = await db.Tutors.FirstOrDefaultAsync(t => t.Id == form.TutorId && t.HostOrganisationId == host.Id, ct);
        }

        if (host is null || tutor is null) ModelState.AddModelError("", SafeSave.RefusedMessage);
        return (host, tutor);
    }

    /// <summary>A host or tutor created with the convention has no id yet: link them so that one save writes all three.</summary>
    private void LinkNewRecords(Agreement agreement, HostOrganisation host, Tutor tutor)
    {
        if (db.Entry(host).State == EntityState.Added) db.Entry(agreement).Reference(a => a.HostOrganisation).CurrentValue = host;
        if (db.Entry(tutor).State == EntityState.Added) db.Entry(agreement).Reference(a => a.Tutor).CurrentValue = tutor;
    }

    private async Task AddSaveErrorAsync(AgreementForm form, CancellationToken ct)
    {
        if (form.CreatesHost && await db.HostWithSiretAsync(form.NewHost.Siret, null, ct) is not null)
            AddError("NewHost.Siret", DuplicateSiretMessage);
        else
            ModelState.AddModelError("", SafeSave.RefusedMessage);
    }

    private async Task<IActionResult> FormViewAsync(Agreement? agreement, PupilSummary pupil, AgreementForm form, YearWeeks year, CancellationToken ct,
        AgreementState? stateShown = null, int? signaturesShown = null)
    {
        var choices = await AgreementChoices.LoadAsync(db, year, agreement?.HostOrganisationId, agreement?.ReferentTeacherId, ct);
        var model = agreement is null
            ? new AgreementFormModel(null, pupil, form, choices)
            : new AgreementFormModel(agreement.Id, pupil, form, choices, stateShown ?? agreement.State, signaturesShown ?? agreement.Signatures.Count);
        return View("Form", model);
    }

    private async Task<IActionResult> GroupViewAsync(int? classId, IReadOnlyList<int> selected, AgreementForm form, SchoolYear year, CancellationToken ct)
    {
        var classes = await StudentList.ClassOptionsAsync(db, classId, ct);
        var pupils = classId is { } id ? await GroupHosting.PupilsAsync(db, id, year.Id, ct) : [];
        var choices = await AgreementChoices.LoadAsync(db, YearWeeks.Of(year), keepHostId: null, keepReferentId: null, ct);
        var terms = new AgreementFormModel(null, null, form, choices);
        return View("Group", new GroupPageModel(classes, classId, pupils, selected, terms));
    }

    private async Task<CancelPageModel?> CancelPageAsync(int id, CancelForm? form, CancellationToken ct)
    {
        var row = await db.Agreements.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Id, a.Version, a.Student!.LastName, a.Student.FirstName, HostName = a.HostOrganisation!.Name, a.Period, a.FirstDay, a.LastDay, a.State })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new CancelPageModel(row.Id, PersonName.LastFirst(row.LastName, row.FirstName), row.HostName, row.Period, row.FirstDay, row.LastDay,
            row.State, form ?? new CancelForm { Version = row.Version });
    }
}
