using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Data;

/// <summary>
/// The académie's figures per lycée (<see cref="SchoolFigures"/>), kept up to date (docs/decisions/0018-chiffres-de-l-academie.md):
/// a save that changes a situation in a school marks its row stale with a new stamp, in the same save
/// (<see cref="SchoolFiguresInterceptor"/>); right after it, the row is recomputed for that one school from
/// <see cref="StudentSituations"/> — the one place situations are derived — and written only if no other change came in
/// meanwhile. A reader recomputes a row that is still stale, missing, or computed by another build, so no stale figure is
/// ever shown. Rows missing, stale or of another build are filled in the background
/// (<see cref="Infrastructure.Background.SchoolFiguresService"/>), never before the application listens. Across the school filter on purpose: only counts leave this class.
/// </summary>
public static class SchoolFiguresStore
{
    /// <summary>This build of the application (a new build may derive situations differently: its rows are recomputed).</summary>
    public static readonly string Build = typeof(SchoolFigures).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The records a situation (or a signed-convention count) is derived from: a change in one of them changes the school's figures.</summary>
    private static readonly HashSet<Type> Sources =
        [typeof(Student), typeof(Agreement), typeof(PlacementDeclaration), typeof(ProgrammeEnrolment), typeof(SchoolYear)];

    /// <summary>The schools whose figures the pending changes of <paramref name="db"/> touch (both schools of a record that moves).</summary>
    public static HashSet<int> ChangedSchools(DbContext db)
    {
        var schools = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (!Sources.Contains(entry.Metadata.ClrType) || entry.Entity is not ISchoolOwned owned) continue;
            if (owned.SchoolId > 0) schools.Add(owned.SchoolId);
            if (entry.State != EntityState.Added && entry.Property(nameof(ISchoolOwned.SchoolId)).OriginalValue is int original && original > 0)
                schools.Add(original);
        }
        return schools;
    }

    /// <summary>
    /// In the save of a change: marks the rows of <paramref name="schoolIds"/> stale with a new stamp, and gives a row to every
    /// school being created. Returns the tracked rows (their ids and stamps are known once saved).
    /// </summary>
    public static async Task<List<SchoolFigures>> MarkStaleAsync(AppDbContext db, IReadOnlyCollection<int> schoolIds, CancellationToken ct)
    {
        var marked = new List<SchoolFigures>();
        if (schoolIds.Count > 0)
        {
            var rows = await db.Set<SchoolFigures>().Where(f => schoolIds.Contains(f.SchoolId)).ToListAsync(ct);
            foreach (var row in rows)
            {
                row.MarkStale();
                var entry = db.Entry(row);
                // Written even if the tracked row already says stale (the database may not, after a recomputation).
                entry.Property(f => f.IsStale).IsModified = true;
                entry.Property(f => f.Stamp).IsModified = true;
                marked.Add(row);
            }
            foreach (var missing in schoolIds.Except(rows.Select(r => r.SchoolId)))
            {
                var row = SchoolFigures.Pending(missing);
                db.Add(row);
                marked.Add(row);
            }
        }
        foreach (var school in db.ChangeTracker.Entries<School>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList())
        {
            if (db.ChangeTracker.Entries<SchoolFigures>().Any(e => e.Entity.School == school)) continue;
            var row = SchoolFigures.Pending(school);
            db.Add(row);
            marked.Add(row);
        }
        return marked;
    }

    /// <summary>The figures of one school now, derived from <see cref="StudentSituations"/> (as the académie page has always counted them).</summary>
    public static async Task<SchoolFigures> ComputeAsync(AppDbContext db, int schoolId, Guid stamp, DateTime at, CancellationToken ct)
    {
        var totals = await PlacementSnapshots.ComputeAsync(db, schoolId, ct);
        var signed = await db.Agreements.IgnoreQueryFilters().AsNoTracking().InCurrentYear()
            .Where(a => a.SchoolId == schoolId && (a.State == AgreementState.Signed || a.State == AgreementState.Completed))
            .CountAsync(ct);
        return SchoolFigures.Computed(schoolId, totals, signed, stamp, Build, at);
    }

    /// <summary>
    /// Recomputes one school's row and writes it if its stamp is still <paramref name="stamp"/> (otherwise a later change
    /// marked it, and its own recomputation — or the next reader — will write it). Returns the figures computed.
    /// </summary>
    public static async Task<SchoolFigures> RefreshAsync(AppDbContext db, int schoolId, Guid stamp, DateTime at, CancellationToken ct)
    {
        var figures = await ComputeAsync(db, schoolId, stamp, at, ct);
        await WriteAsync(db, figures, ct);
        return figures;
    }

    /// <summary>Writes computed figures over the row of their school if its stamp is still theirs; returns the rows written (0 or 1).</summary>
    private static Task<int> WriteAsync(AppDbContext db, SchoolFigures figures, CancellationToken ct) =>
        db.Set<SchoolFigures>()
            .Where(f => f.SchoolId == figures.SchoolId && f.Stamp == figures.Stamp)
            .ExecuteUpdateAsync(s => s
                .SetProperty(f => f.Students, figures.Students)
                .SetProperty(f => f.WithSolution, figures.WithSolution)
                .SetProperty(f => f.Week1Covered, figures.Week1Covered)
                .SetProperty(f => f.Week2Covered, figures.Week2Covered)
                .SetProperty(f => f.Signed, figures.Signed)
                .SetProperty(f => f.InSchoolProgramme, figures.InSchoolProgramme)
                .SetProperty(f => f.SignedAgreements, figures.SignedAgreements)
                .SetProperty(f => f.IsStale, false)
                .SetProperty(f => f.ComputedBy, figures.ComputedBy)
                .SetProperty(f => f.ComputedAt, figures.ComputedAt), ct);

    /// <summary>Whether a stored row can be shown as it is.</summary>
    public static bool IsCurrent(SchoolFigures row) => !row.IsStale && row.ComputedBy == Build;

    /// <summary>
    /// The figures of <paramref name="schoolIds"/> (one académie's lycées) as they are now: the stored rows, except those still
    /// stale, missing or computed by another build, which are recomputed on the spot (and written back when no change came in
    /// meanwhile; a missing row is left to <see cref="Infrastructure.Background.SchoolFiguresService"/>).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, SchoolFigures>> ReadAllAsync(AppDbContext db, IReadOnlyCollection<int> schoolIds, DateTime at, CancellationToken ct)
    {
        var ids = schoolIds.ToList();
        var rows = await db.Set<SchoolFigures>().AsNoTracking().Where(f => ids.Contains(f.SchoolId)).ToDictionaryAsync(f => f.SchoolId, ct);
        var result = new Dictionary<int, SchoolFigures>(schoolIds.Count);
        foreach (var schoolId in schoolIds)
        {
            if (rows.TryGetValue(schoolId, out var row) && IsCurrent(row)) result[schoolId] = row;
            else if (row is not null) result[schoolId] = await RefreshAsync(db, schoolId, row.Stamp, at, ct);
            else result[schoolId] = await ComputeAsync(db, schoolId, Guid.Empty, at, ct);
        }
        return result;
    }

    /// <summary>
    /// The lycées whose row is missing (a database from before these figures), still stale, or computed by another build,
    /// in id order, with their row's stamp (null when there is no row): the work of <see cref="Infrastructure.Background.SchoolFiguresService"/>.
    /// </summary>
    public static async Task<List<(int SchoolId, Guid? Stamp)>> OutdatedAsync(AppDbContext db, CancellationToken ct)
    {
        var schoolIds = await db.Schools.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        var rows = await db.Set<SchoolFigures>().AsNoTracking()
            .Select(f => new { f.SchoolId, f.Stamp, f.IsStale, f.ComputedBy })
            .ToDictionaryAsync(f => f.SchoolId, ct);
        var outdated = new List<(int SchoolId, Guid? Stamp)>();
        foreach (var schoolId in schoolIds)
        {
            if (!rows.TryGetValue(schoolId, out var row)) outdated.Add((schoolId, null));
            else if (row.IsStale || row.ComputedBy != Build) outdated.Add((schoolId, row.Stamp));
        }
        return outdated;
    }

    /// <summary>
    /// Recomputes one lycée's row in its own short unit of work: an existing row is written only if its stamp is still
    /// <paramref name="stamp"/> (a change marked since keeps its mark); a missing row is created, unless another instance or
    /// a change in the school created it meanwhile. Returns whether a row was written.
    /// </summary>
    public static async Task<bool> RefreshOneAsync(AppDbContext db, int schoolId, Guid? stamp, DateTime at, CancellationToken ct)
    {
        if (stamp is { } known)
        {
            var figures = await ComputeAsync(db, schoolId, known, at, ct);
            return await WriteAsync(db, figures, ct) == 1;
        }
        var created = await ComputeAsync(db, schoolId, Guid.NewGuid(), at, ct);
        db.Add(created);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance, or a change in the school, created the row meanwhile: its own recomputation will do.
            return false;
        }
        finally
        {
            db.Entry(created).State = EntityState.Detached;
        }
    }
}
