namespace StageSeconde.Web.Features.Imports;

/// <summary>What an import does with one row or element of the file.</summary>
public enum ImportOutcome
{
    Create,
    Update,
    Unchanged,
    Reject,
    /// <summary>A student marked as having left (or, for guardians, one no longer in the export, kept as is).</summary>
    Leave,
    /// <summary>Present in the file, deliberately not imported (student who left, division not chosen, student unknown here).</summary>
    Ignore,
}
