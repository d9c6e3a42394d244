using System.Globalization;
using FluentValidation;

namespace StageSeconde.Web.Features.Referents;

/// <summary>
/// Confirming a proposal: the changes the user reviewed, written « agreementId.version.teacherId » (space-separated),
/// and whether everything was reassigned (to compute the proposal again if something changed meanwhile).
/// </summary>
public sealed class ReferentPlanForm
{
    public string? Plan { get; set; }
    public bool ReassignAll { get; set; }

    public static string Format(IEnumerable<(int AgreementId, int Version, int TeacherId)> changes) =>
        string.Join(' ', changes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.AgreementId}.{c.Version}.{c.TeacherId}")));

    /// <summary>The changes, or null when the plan is not well formed (or names a convention twice).</summary>
    public IReadOnlyList<(int AgreementId, int Version, int TeacherId)>? Changes() => Parse(Plan);

    public static IReadOnlyList<(int AgreementId, int Version, int TeacherId)>? Parse(string? plan)
    {
        var changes = new List<(int, int, int)>();
        foreach (var item in (plan ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('.');
            if (parts.Length != 3 || !AgreementVersions.TryId(parts[0], out var id) || !AgreementVersions.TryId(parts[1], out var version)
                || !AgreementVersions.TryId(parts[2], out var teacher)) return null;
            changes.Add((id, version, teacher));
        }
        return changes.Select(c => c.Item1).Distinct().Count() == changes.Count ? changes : null;
    }
}

public sealed class ReferentPlanFormValidator : AbstractValidator<ReferentPlanForm>
{
    public ReferentPlanFormValidator()
    {
        RuleFor(f => f.Plan)
            .Must(plan => ReferentPlanForm.Parse(plan) is { Count: > 0 })
            .WithMessage("La proposition transmise est vide ou illisible : recalculez-la.");
    }
}
