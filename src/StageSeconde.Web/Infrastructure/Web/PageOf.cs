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
