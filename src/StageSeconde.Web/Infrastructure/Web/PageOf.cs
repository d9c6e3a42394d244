using Microsoft.EntityFrameworkCore;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>One page of a long list, with what the pagination control needs.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public const int DefaultPageSize = 50;
    public int TotalPages => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public bool IsEmpty => TotalCount == 0;
    public int FirstRow => TotalCount == 0 ? 0 : (Page - 1) * PageSize + 1;
    public int LastRow => Math.Min(TotalCount, Page * PageSize);
}

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
