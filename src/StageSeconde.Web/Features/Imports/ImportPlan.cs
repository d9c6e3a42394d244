namespace StageSeconde.Web.Features.Imports;

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
