namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>Where a composed document landed in the PDF: its first page (1-based) and its own page count (padding excluded).</summary>
public sealed record DocumentPages(int FirstPage, int PageCount);
