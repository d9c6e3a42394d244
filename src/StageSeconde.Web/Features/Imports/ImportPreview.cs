using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// What the user chose on the preview (options, never data: the data is always re-read from the stored file):
/// the divisions imported (null = the default preselection) and those that are STHR, and an administrator's confirmation
/// that a file of another school's UAI is to be imported here.
/// </summary>
public sealed record ImportChoices(IReadOnlySet<string>? Divisions, IReadOnlySet<string> Sthr, bool ConfirmOtherSchool)
{
    public static ImportChoices Default { get; } = new(null, new HashSet<string>(), false);
}

/// <summary>The school the file says it comes from (SIECLE's UAJ) against the user's school.</summary>
public sealed record SchoolCheck(string FileUai, string SchoolUai, bool CanConfirm)
{
    public bool Matches => string.Equals(FileUai, SchoolUai, StringComparison.OrdinalIgnoreCase);
}

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
    public string? SchoolYear { get; init; }
    public string? ExportDate { get; init; }
    public IReadOnlyList<DivisionInfo> Divisions { get; init; } = [];
    public DivisionChoice? Choice { get; init; }
    /// <summary>Facts about the file itself (encoding and separator of a CSV…).</summary>
    public IReadOnlyList<string> FileNotes { get; init; } = [];
}

/// <summary>An import that cannot be confirmed as it stands, with the French message to show.</summary>
public sealed class ImportRefusedException(string message, Exception? inner = null) : Exception(message, inner);
