using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>Links that keep the current list's search, filters and sort while changing one parameter.</summary>
public static class QueryLinks
{
    public static string With(this HttpRequest request, string key, string? value, bool resetPage = true)
    {
        var query = request.Query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(value)) query.Remove(key); else query[key] = value;
        if (resetPage && !string.Equals(key, "page", StringComparison.OrdinalIgnoreCase)) query.Remove("page");
        var builder = new QueryBuilder();
        foreach (var (k, v) in query)
            foreach (var item in v) if (!string.IsNullOrEmpty(item)) builder.Add(k, item);
        return request.PathBase + request.Path + builder.ToQueryString();
    }

    /// <summary>The link of a sortable column header: sorts by <paramref name="sortKey"/>, toggling the direction when it already does.</summary>
    public static string SortLink(this HttpRequest request, string sortKey)
    {
        var current = request.Query["sort"].ToString();
        var next = current == sortKey ? "-" + sortKey : sortKey;
        return request.With("sort", next);
    }

    /// <summary>aria-sort value of a column header.</summary>
    public static string AriaSort(this HttpRequest request, string sortKey, string defaultSort)
    {
        StringValues raw = request.Query["sort"];
        var current = StringValues.IsNullOrEmpty(raw) ? defaultSort : raw.ToString();
        return current == sortKey ? "ascending" : current == "-" + sortKey ? "descending" : "none";
    }
}
