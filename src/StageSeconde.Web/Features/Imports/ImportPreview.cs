using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Imports;

/// <summary>The preview of an import: nothing is written yet.</summary>
public sealed class ImportPreview
{
    public required ImportKind Kind { get; init; }
    public required string FileName { get; init; }
    /// <summary>The diff, or null when the import is refused (see <see cref="Refusal"/>).</summary>
    public ImportPlan? Plan { get; init; }
    /// <summary>Why this file cannot be imported as it stands (another school's export…), in French.</summary>
    public string? Refusal { get; init; }
    public SchoolCheck? School { get; init; }
    public YearCheck? Year { get; init; }
    public string? SchoolYear { get; init; }
    public string? ExportDate { get; init; }
    public IReadOnlyList<DivisionInfo> Divisions { get; init; } = [];
    public DivisionChoice? Choice { get; init; }
    /// <summary>Facts about the file itself (encoding and separator of a CSV…).</summary>
    public IReadOnlyList<string> FileNotes { get; init; } = [];
}
