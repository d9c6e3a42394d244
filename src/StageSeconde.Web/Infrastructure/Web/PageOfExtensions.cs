using Microsoft.EntityFrameworkCore;

namespace StageSeconde.Web.Infrastructure.Web;

public static class PageOfExtensions
{
    /// <summary>Counts, clamps the page into range and reads that page (the query must already be ordered).</summary>
    public static async Task<PageOf<T>> ToPageAsync<T>(this IQueryable<T> query, int page, CancellationToken ct, int pageSize = PageOf<T>.DefaultPageSize)
    {
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PageOf<T>(items, page, pageSize, total);
    }
}
