using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Hosts;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Background;
using StageSeconde.Web.Infrastructure.Imports;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// Runs an import in two steps on a stored file: <see cref="PreviewAsync"/> parses it and diffs it against the school's rows
/// without writing; <see cref="ConfirmAsync"/> parses it again, rebuilds the plan on the current rows and applies it in one
/// transaction, with its <see cref="ImportLog"/>.
/// </summary>
public sealed class ImportService(AppDbContext db, ICurrentUser user, TimeProvider clock, IValidator<HostForm> hostValidator, IValidator<TutorForm> tutorValidator, ILogger<ImportService> logger)
{
    private const int Chunk = 1000;
    public const string SecondeLabel = "Seconde générale et technologique";
    public const string SthrLabel = "Seconde STHR";

    /// <summary>Reads the whole file once to refuse at upload what is not what it claims (throws <see cref="ImportFormatException"/>).</summary>
    public static void Check(ImportKind kind, string path)
    {
        switch (kind)
        {
            case ImportKind.SiecleStudents: using (var s = File.OpenRead(path)) SiecleParser.ParseStudents(s); break;
            case ImportKind.SiecleGuardians: using (var s = File.OpenRead(path)) SiecleParser.ParseGuardians(s); break;
            case ImportKind.CsvStudents: StudentCsv.Read(ReadCsv(path)); break;
            case ImportKind.CsvHosts: HostCsv.Read(ReadCsv(path)); break;
            default: throw new ImportFormatException("Type d'import inconnu.");
        }
    }

    public async Task<ImportPreview> PreviewAsync(ImportKind kind, string path, string fileName, ImportChoices choices, CancellationToken ct) => kind switch
    {
        ImportKind.SiecleStudents => await PreviewSiecleStudentsAsync(path, fileName, choices, ct),
        ImportKind.SiecleGuardians => await PreviewSiecleGuardiansAsync(path, fileName, choices, ct),
        ImportKind.CsvStudents => await PreviewCsvStudentsAsync(path, fileName, ct),
        ImportKind.CsvHosts => await PreviewCsvHostsAsync(path, fileName, ct),
        _ => throw new ImportFormatException("Type d'import inconnu."),
    };

    /// <summary>How long one confirmation may hold its school's import lease, and how long another one waits for it.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10), LeaseWait = TimeSpan.FromSeconds(60);

    public const string BusyMessage =
        "Un autre import de votre établissement est en cours d'enregistrement depuis plus d'une minute : rien n'a été importé. Réessayez dans quelques minutes.";

    /// <summary>
    /// Re-reads the file, rebuilds the plan on the current rows and applies it in one transaction; returns the log. The
    /// confirmations of a school take turns (a database lease, so also across instances): the plan is rebuilt once the
    /// previous confirmation has committed, so that the same export confirmed twice at the same moment creates its pupils
    /// once (the second finds them unchanged). The unique (school, INE) and (school, SIECLE id) indexes are the last guard.
    /// </summary>
    public async Task<ImportLog> ConfirmAsync(ImportKind kind, string path, string fileName, ImportChoices choices, CancellationToken ct)
    {
        var schoolId = user.SchoolId ?? throw new ImportRefusedException("Votre compte n'est rattaché à aucun établissement.");
        var leases = new LeaseStore(db, clock);
        var (lease, holder) = ($"import-{schoolId}", Guid.NewGuid().ToString("N"));
        var waited = TimeSpan.Zero;
        while (!await leases.TryAcquireAsync(lease, holder, LeaseDuration, ct))
        {
            if (waited >= LeaseWait) throw new ImportRefusedException(BusyMessage);
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            waited += TimeSpan.FromMilliseconds(200);
        }
        try
        {
            return await ConfirmHoldingLeaseAsync(kind, path, fileName, choices, ct);
        }
        finally
        {
            await leases.ReleaseAsync(lease, holder, CancellationToken.None);
        }
    }

    private async Task<ImportLog> ConfirmHoldingLeaseAsync(ImportKind kind, string path, string fileName, ImportChoices choices, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var preview = await PreviewAsync(kind, path, fileName, choices, ct);
        if (preview.Refusal is not null || preview.Plan is null) throw new ImportRefusedException(preview.Refusal ?? "Cet import ne peut pas être confirmé.");
        var plan = preview.Plan;

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                switch (plan)
                {
                    case StudentPlan students: await ApplyAsync(students, kind, preview.Choice, token); break;
                    case GuardianPlan guardians: await ApplyAsync(guardians, token); break;
                    case HostPlan hosts: await ApplyAsync(hosts, token); break;
                }
                var log = new ImportLog
                {
                    UserName = user.UserName ?? "système", ImportedAt = clock.GetUtcNow().UtcDateTime, Kind = kind, FileName = Cut(fileName, 260),
                    Created = plan.Created, Updated = plan.Updated, Unchanged = plan.Unchanged, Rejected = plan.Rejected, Left = plan.Left,
                };
                db.ImportLogs.Add(log);
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                db.ChangeTracker.Clear();
                return log;
            }, ct);
        }
        catch (DbUpdateConcurrencyException e)
        {
            db.ChangeTracker.Clear();
            throw new ImportRefusedException(
                "L'import n'a pas pu être enregistré : des fiches ont été modifiées par quelqu'un d'autre pendant l'opération. Rien n'a été importé ; recommencez.", e);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            logger.LogError(e, "Import {FileName} refusé par la base de données", fileName);
            throw new ImportRefusedException(
                "L'import a été refusé par la base de données (une valeur trop longue, ou un import identique confirmé au même moment). " +
                "Rien n'a été importé ; vérifiez le fichier ou l'historique des imports avant de recommencer.", e);
        }
    }

    // ---- Preview of each kind ----

    private async Task<ImportPreview> PreviewSiecleStudentsAsync(string path, string fileName, ImportChoices choices, CancellationToken ct)
    {
        SiecleStudentsExport export;
        await using (var file = File.OpenRead(path)) export = SiecleParser.ParseStudents(file);
        var divisions = SiecleMapping.Divisions(export);
        var choice = choices.Divisions is null
            ? SiecleMapping.DefaultChoice(divisions)
            : new DivisionChoice(Known(choices.Divisions, divisions), Known(choices.Sthr, divisions));
        var school = await CheckSchoolAsync(export.Parameters, ct);
        var year = await CheckYearAsync(export.Parameters, ct);
        var preview = new ImportPreview
        {
            Kind = ImportKind.SiecleStudents, FileName = fileName, School = school, Year = year, SchoolYear = export.Parameters.SchoolYear, ExportDate = export.Parameters.ExportDate,
            Divisions = divisions, Choice = choice, Refusal = Refusal(school, choices) ?? Refusal(year, choices),
        };
        if (preview.Refusal is not null) return preview;

        var (records, sightings) = SiecleMapping.Students(export, choice);
        var existing = await db.Students.AsNoTracking().ToListAsync(ct);
        var classCodes = await db.Classes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, ct);
        var leftOn = SiecleMapping.ExportDate(export.Parameters) ?? clock.TodayInParis();
        var plan = StudentPlan.Build(existing, classCodes, records, sightings, new StudentPlanOptions(MarkAbsentAsLeft: true, leftOn));
        if (choice.Imported.Count == 0) plan.Note("Aucune division n'est retenue : choisissez ci-dessus les divisions de seconde générale et technologique.");
        return Copy(preview, plan);
    }

    private async Task<ImportPreview> PreviewSiecleGuardiansAsync(string path, string fileName, ImportChoices choices, CancellationToken ct)
    {
        SiecleGuardiansExport export;
        await using (var file = File.OpenRead(path)) export = SiecleParser.ParseGuardians(file);
        var school = await CheckSchoolAsync(export.Parameters, ct);
        var year = await CheckYearAsync(export.Parameters, ct);
        var preview = new ImportPreview
        {
            Kind = ImportKind.SiecleGuardians, FileName = fileName, School = school, Year = year, SchoolYear = export.Parameters.SchoolYear, ExportDate = export.Parameters.ExportDate,
            Refusal = Refusal(school, choices) ?? Refusal(year, choices),
        };
        if (preview.Refusal is not null) return preview;

        var (links, rejections) = SiecleMapping.Guardians(export);
        var students = await db.Students.AsNoTracking().Where(s => s.SiecleId != null).Include(s => s.Guardians).AsSplitQuery().ToListAsync(ct);
        var plan = GuardianPlan.Build(students, links, rejections);
        if (links.Count > 0 && plan.Ignored == links.Count)
            plan.Note("Aucun élève de ce fichier n'est dans StageSeconde : importez d'abord l'export SIECLE des élèves.");
        return Copy(preview, plan);
    }

    private async Task<ImportPreview> PreviewCsvStudentsAsync(string path, string fileName, CancellationToken ct)
    {
        var table = ReadCsv(path);
        var (records, rejected, notes) = StudentCsv.Read(table);
        var existing = await db.Students.AsNoTracking().Include(s => s.Guardians).AsSplitQuery().ToListAsync(ct);
        var classCodes = await db.Classes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, ct);
        var plan = StudentPlan.Build(existing, classCodes, records, rejected, new StudentPlanOptions(MarkAbsentAsLeft: false, clock.TodayInParis()));
        foreach (var note in notes) plan.Note(note);
        return new ImportPreview { Kind = ImportKind.CsvStudents, FileName = fileName, Plan = plan, FileNotes = [CsvNote(table)] };
    }

    private async Task<ImportPreview> PreviewCsvHostsAsync(string path, string fileName, CancellationToken ct)
    {
        var table = ReadCsv(path);
        var (records, rejections, notes) = HostCsv.Read(table);
        var existing = await db.HostOrganisations.AsNoTracking().Include(h => h.Tutors).AsSplitQuery().ToListAsync(ct);
        var plan = HostPlan.Build(existing, records, rejections, hostValidator, tutorValidator);
        foreach (var note in notes) plan.Note(note);
        return new ImportPreview { Kind = ImportKind.CsvHosts, FileName = fileName, Plan = plan, FileNotes = [CsvNote(table)] };
    }

    private static ImportPreview Copy(ImportPreview p, ImportPlan plan) => new()
    {
        Kind = p.Kind, FileName = p.FileName, Plan = plan, School = p.School, Year = p.Year, SchoolYear = p.SchoolYear, ExportDate = p.ExportDate,
        Divisions = p.Divisions, Choice = p.Choice, FileNotes = p.FileNotes,
    };

    private static HashSet<string> Known(IEnumerable<string> codes, IReadOnlyList<DivisionInfo> divisions) =>
        divisions.Select(d => d.Code).Where(code => codes.Contains(code, StringComparer.OrdinalIgnoreCase)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static CsvTable ReadCsv(string path)
    {
        var info = new FileInfo(path);
        if (info.Length > ImportFiles.MaxUploadBytes) throw new ImportFormatException(ImportFiles.TooLargeMessage);
        return CsvTable.Parse(File.ReadAllBytes(path));
    }

    private static string CsvNote(CsvTable table) =>
        $"Fichier lu en {table.EncodingName}, séparateur « {(table.Delimiter == '\t' ? "tabulation" : table.Delimiter.ToString())} », {table.Rows.Count} ligne(s) de données.";

    private async Task<SchoolCheck> CheckSchoolAsync(SiecleParameters parameters, CancellationToken ct)
    {
        var schoolId = user.SchoolId ?? throw new ImportRefusedException("Votre compte n'est rattaché à aucun établissement.");
        var uai = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Uai).FirstAsync(ct);
        return new SchoolCheck(parameters.Uaj!, uai, user.IsInRole(Roles.Administrateur));
    }

    private async Task<YearCheck> CheckYearAsync(SiecleParameters parameters, CancellationToken ct) =>
        new(YearCheck.StartYearOf(parameters.SchoolYear), (await db.CurrentYearAsync(ct))?.StartYear);

    /// <summary>An export of another school year than the current one (last year's, left in a download folder): imported only when confirmed.</summary>
    private static string? Refusal(YearCheck year, ImportChoices choices) =>
        year.Matches || choices.ConfirmOtherYear
            ? null
            : $"Ce fichier est l'export SIECLE de l'année scolaire {year.FileLabel}, et non de l'année en cours ({year.CurrentLabel}) : " +
              "l'importer remettrait dans les classes des élèves d'une autre année et marquerait les autres comme sortis. " +
              "Faites un nouvel export depuis SIECLE, ou confirmez ci-dessous qu'il doit être importé quand même.";

    private static string? Refusal(SchoolCheck school, ImportChoices choices)
    {
        if (school.Matches) return null;
        if (!school.CanConfirm)
            return $"Ce fichier est l'export SIECLE de l'établissement {school.FileUai}, et non du vôtre ({school.SchoolUai}) : il est refusé. " +
                   "Seul un administrateur de l'application peut confirmer l'import d'un tel fichier.";
        return choices.ConfirmOtherSchool
            ? null
            : $"Ce fichier est l'export SIECLE de l'établissement {school.FileUai}, et non du vôtre ({school.SchoolUai}). " +
              "En tant qu'administrateur, vous pouvez confirmer qu'il doit être importé dans votre établissement.";
    }

    // ---- Confirmation of each plan ----

    private async Task ApplyAsync(StudentPlan plan, ImportKind kind, DivisionChoice? choice, CancellationToken ct)
    {
        var classIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in await db.Classes.AsNoTracking().Select(c => new { c.Id, c.Code }).ToListAsync(ct)) classIds.TryAdd(c.Code, c.Id);
        if (plan.ClassesToCreate.Count > 0)
        {
            var created = plan.ClassesToCreate.Select(code => new SchoolClass(code, choice?.Sthr.Contains(code) == true ? SthrLabel : SecondeLabel)).ToList();
            db.Classes.AddRange(created);
            await db.SaveChangesAsync(ct);
            foreach (var c in created) classIds[c.Code] = c.Id;
            db.ChangeTracker.Clear();
        }

        // A class archived when the school year changed comes back when the new year's export names it again.
        var named = plan.Creates.Select(r => r.ClassCode).Concat(plan.Updates.Select(u => u.Record.ClassCode)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var archived = await db.Classes.Where(c => c.IsArchived).ToListAsync(ct);
        foreach (var schoolClass in archived.Where(c => named.Contains(c.Code))) schoolClass.Restore();
        await SaveChunkAsync(ct);

        foreach (var chunk in plan.Creates.Chunk(Chunk))
        {
            foreach (var record in chunk)
            {
                db.Students.Add(StudentImport.Create(record, classIds[record.ClassCode]));
            }
            await SaveChunkAsync(ct);
        }

        var withGuardians = kind == ImportKind.CsvStudents;
        foreach (var chunk in plan.Updates.Chunk(Chunk / 2))
        {
            var ids = chunk.Select(u => u.StudentId).ToList();
            var query = db.Students.Where(s => ids.Contains(s.Id));
            if (withGuardians) query = query.Include(s => s.Guardians);
            var students = await query.ToDictionaryAsync(s => s.Id, ct);
            foreach (var (id, record) in chunk)
            {
                if (!students.TryGetValue(id, out var student)) throw Vanished();
                StudentImport.Apply(student, record);
                student.MoveToClass(classIds[record.ClassCode]);
            }
            await SaveChunkAsync(ct);
        }

        foreach (var chunk in plan.Leaves.Chunk(Chunk / 2))
        {
            var ids = chunk.Select(l => l.StudentId).ToList();
            var students = await db.Students.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            foreach (var (id, on) in chunk)
            {
                if (!students.TryGetValue(id, out var student)) throw Vanished();
                student.Leave(on);
            }
            await SaveChunkAsync(ct);
        }
    }

    private async Task ApplyAsync(GuardianPlan plan, CancellationToken ct)
    {
        foreach (var chunk in plan.Changes.Chunk(Chunk / 2))
        {
            var ids = chunk.Select(c => c.Key).ToList();
            var students = await db.Students.Where(s => ids.Contains(s.Id)).Include(s => s.Guardians).ToDictionaryAsync(s => s.Id, ct);
            foreach (var (id, records) in chunk)
            {
                if (!students.TryGetValue(id, out var student)) throw Vanished();
                foreach (var record in records) StudentImport.ApplyGuardian(student, record);
            }
            await SaveChunkAsync(ct);
        }
    }

    private async Task ApplyAsync(HostPlan plan, CancellationToken ct)
    {
        foreach (var record in plan.Creates)
        {
            db.HostOrganisations.Add(HostPlan.Create(record));
        }
        await SaveChunkAsync(ct);
        foreach (var chunk in plan.Updates.Chunk(Chunk / 2))
        {
            var ids = chunk.Select(u => u.HostId).ToList();
            var hosts = await db.HostOrganisations.Where(h => ids.Contains(h.Id)).Include(h => h.Tutors).ToDictionaryAsync(h => h.Id, ct);
            foreach (var (id, record) in chunk)
            {
                if (!hosts.TryGetValue(id, out var host)) throw Vanished();
                HostPlan.Apply(host, record);
            }
            await SaveChunkAsync(ct);
        }
    }

    /// <summary>Saves a chunk and forgets it: memory and change detection stay bounded, the transaction holds everything.</summary>
    private async Task SaveChunkAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>A row of the plan was deleted by someone else since it was read: the transaction is rolled back.</summary>
    private static ImportRefusedException Vanished() =>
        new("L'import n'a pas pu être enregistré : une fiche a été supprimée par quelqu'un d'autre pendant l'opération. Rien n'a été importé ; recommencez.");

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
