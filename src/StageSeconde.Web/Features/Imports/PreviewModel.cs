namespace StageSeconde.Web.Features.Imports;

/// <summary>The preview page: the upload's token, what the import would do, and the user's choices to carry to the confirmation.</summary>
public sealed record PreviewModel(string Token, ImportPreview Preview, ImportChoices Choices)
{
    public const int MaxRowsShown = 200;

    public static readonly ImportOutcome[] Outcomes =
        [ImportOutcome.Create, ImportOutcome.Update, ImportOutcome.Leave, ImportOutcome.Reject, ImportOutcome.Unchanged, ImportOutcome.Ignore];

    public string Title(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Create => "À créer",
        ImportOutcome.Update => "À mettre à jour",
        ImportOutcome.Unchanged => "Inchangés",
        ImportOutcome.Reject => "Rejetés",
        ImportOutcome.Leave => Preview.Kind == Domain.ImportKind.SiecleGuardians ? "Absents de l'export" : "Marqués comme sortis",
        ImportOutcome.Ignore => "Ignorés",
        _ => outcome.ToString(),
    };

    public IEnumerable<PlanEntry> Entries(ImportOutcome outcome) =>
        Preview.Plan?.Entries.Where(e => e.Outcome == outcome).Take(MaxRowsShown) ?? [];

    public int Count(ImportOutcome outcome) => Preview.Plan?.Count(outcome) ?? 0;
}
