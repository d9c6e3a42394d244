namespace StageSeconde.Web.Features.Imports;

/// <summary>What an import does with one row or element of the file.</summary>
public enum ImportOutcome
{
    Create,
    Update,
    Unchanged,
    Reject,
    /// <summary>A pupil marked as having left (or, for guardians, one no longer in the export, kept as is).</summary>
    Leave,
    /// <summary>Present in the file, deliberately not imported (pupil who left, division not chosen, pupil unknown here).</summary>
    Ignore,
}

/// <summary>One changed field of an update, with its values before and after, as shown to the user.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>
/// One line of the preview: where it comes from in the file ("ligne 12", "élève 1234 (ligne 57)"), who it is,
/// and either its changed fields (updates) or the field and the reason, in French (rejections and the like).
/// </summary>
public sealed record PlanEntry(ImportOutcome Outcome, string Where, string Label, IReadOnlyList<FieldChange> Changes, string? Field = null, string? Reason = null)
{
    public static PlanEntry Rejected(string where, string label, string field, string reason) => new(ImportOutcome.Reject, where, label, [], field, reason);
    public static PlanEntry Ignored(string where, string label, string reason) => new(ImportOutcome.Ignore, where, label, [], null, reason);
}

/// <summary>
/// The diff of a file against the rows already stored, before anything is written: the entries shown in the preview
/// and the operations the confirmation applies. Built by pure functions (<see cref="StudentPlan"/>, <see cref="GuardianPlan"/>,
/// <see cref="HostPlan"/>) from plain objects, so that it is unit-tested without a database.
/// </summary>
public abstract class ImportPlan
{
    private readonly List<PlanEntry> _entries = [];
    private readonly List<string> _notes = [];

    public IReadOnlyList<PlanEntry> Entries => _entries;
    /// <summary>Facts about the whole file worth telling before confirming (classes to create, columns ignored…).</summary>
    public IReadOnlyList<string> Notes => _notes;

    public int Count(ImportOutcome outcome) => _entries.Count(e => e.Outcome == outcome);
    public int Created => Count(ImportOutcome.Create);
    public int Updated => Count(ImportOutcome.Update);
    public int Unchanged => Count(ImportOutcome.Unchanged);
    public int Rejected => Count(ImportOutcome.Reject);
    public int Left => Count(ImportOutcome.Leave);
    public int Ignored => Count(ImportOutcome.Ignore);

    /// <summary>Whether confirming would write anything besides the import log.</summary>
    public abstract bool HasChanges { get; }

    internal void Add(PlanEntry entry) => _entries.Add(entry);
    internal void AddRange(IEnumerable<PlanEntry> entries) => _entries.AddRange(entries);
    internal void Note(string note) => _notes.Add(note);
}
