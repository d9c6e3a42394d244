using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Imports;

public sealed record ImportLogRow(int Id, DateTime ImportedAt, ImportKind Kind, string FileName, string UserName, int Created, int Updated, int Unchanged, int Rejected, int Left);

/// <summary>The school's imports, newest first.</summary>
public static class ImportHistory
{
    public static Task<PageOf<ImportLogRow>> LoadAsync(AppDbContext db, int page, CancellationToken ct) =>
        db.ImportLogs.AsNoTracking()
            .OrderByDescending(l => l.ImportedAt).ThenByDescending(l => l.Id)
            .Select(l => new ImportLogRow(l.Id, l.ImportedAt, l.Kind, l.FileName, l.UserName, l.Created, l.Updated, l.Unchanged, l.Rejected, l.Left))
            .ToPageAsync(page, ct);
}
