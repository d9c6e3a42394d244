namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>
/// What every page of a document carries: the lycée (name and UAI) and an optional document title in the header;
/// the document reference and the generation date (dd/MM/yyyy) in the footer, beside « Page x / y ».
/// </summary>
public sealed record DocumentIdentity(string SchoolName, string Uai, string Reference, DateOnly GeneratedOn, string? Title = null);
