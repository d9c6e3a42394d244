using System.Globalization;
using FluentValidation;

namespace StageSeconde.Web.Features.Referents;

/// <summary>
/// Conventions and the versions the user saw, written « 12.3 14.1 » (id.version, space-separated) in one hidden field:
/// a whole school's plan stays one form value, far below the server's limit on the number of form values.
/// </summary>
public static class AgreementVersions
{
    public static string Format(IEnumerable<(int Id, int Version)> agreements) =>
        string.Join(' ', agreements.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Id}.{a.Version}")));

    /// <summary>The id → version pairs, or null when the text is not well formed.</summary>
    public static IReadOnlyDictionary<int, int>? Parse(string? text)
    {
        var result = new Dictionary<int, int>();
        foreach (var item in (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('.');
            if (parts.Length != 2 || !TryId(parts[0], out var id) || !TryId(parts[1], out var version) || !result.TryAdd(id, version)) return null;
        }
        return result;
    }

    internal static bool TryId(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}

/// <summary>Assigning a referent by hand to one pupil: it applies to all of the pupil's conventions that can change.</summary>
public sealed class AssignReferentForm
{
    public int StudentId { get; set; }
    /// <summary>The referent; empty to remove it.</summary>
    public int? TeacherId { get; set; }
    /// <summary>The pupil's conventions as the user saw them (<see cref="AgreementVersions"/>).</summary>
    public string? Versions { get; set; }
    /// <summary>The list page to go back to (kept filter and page).</summary>
    public string? ReturnUrl { get; set; }
}

public sealed class AssignReferentFormValidator : AbstractValidator<AssignReferentForm>
{
    public AssignReferentFormValidator()
    {
        RuleFor(f => f.StudentId).GreaterThan(0).WithMessage("Élève inconnu.");
        RuleFor(f => f.Versions)
            .Must(v => AgreementVersions.Parse(v) is { Count: > 0 })
            .WithMessage("Les conventions de l'élève n'ont pas été transmises : rechargez la page.");
    }
}

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
