using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Placement;

/// <summary>
/// The board's situation filter, as it appears in the query string (<c>?situation=a-traiter</c>): every student, the students
/// needing action (<see cref="PlacementRules.NeedsAction"/>), or one situation.
/// </summary>
public sealed record BoardFilter
{
    public const string NeedsActionSlug = "a-traiter";

    private static readonly IReadOnlyList<(Domain.Situation Situation, string Slug)> Slugs =
    [
        (Domain.Situation.NoSolution, "sans-solution"),
        (Domain.Situation.Searching, "en-recherche"),
        (Domain.Situation.PartiallyCovered, "partiellement-couvert"),
        (Domain.Situation.AgreementInProgress, "convention-en-cours"),
        (Domain.Situation.AgreementSigned, "convention-signee"),
        (Domain.Situation.Snu, "snu"),
        (Domain.Situation.Mobility, "mobilite"),
        (Domain.Situation.Exempted, "dispense"),
        (Domain.Situation.InSchoolProgramme, "programme-au-lycee"),
        (Domain.Situation.Combined, "solutions-combinees"),
    ];

    public static readonly BoardFilter All = new(null, false);
    public static readonly BoardFilter NeedingAction = new(null, true);

    private BoardFilter(Domain.Situation? situation, bool needsAction)
    {
        Situation = situation;
        NeedsAction = needsAction;
    }

    public Domain.Situation? Situation { get; }
    public bool NeedsAction { get; }

    /// <summary>The query string value; null for every student.</summary>
    public string? Slug => NeedsAction ? NeedsActionSlug : Situation is { } s ? SlugOf(s) : null;

    public string Label => NeedsAction ? "À traiter" : Situation is { } s ? s.Label() : "Tous les élèves";

    public static BoardFilter For(Domain.Situation situation) => new(situation, false);

    public static string SlugOf(Domain.Situation situation) => Slugs.First(s => s.Situation == situation).Slug;

    /// <summary>Reads the query string value; an unknown or empty value shows every student.</summary>
    public static BoardFilter Parse(string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug)) return All;
        slug = slug.Trim().ToLowerInvariant();
        if (slug == NeedsActionSlug) return NeedingAction;
        var match = Slugs.FirstOrDefault(s => s.Slug == slug);
        return match.Slug is null ? All : For(match.Situation);
    }

    public bool Matches(Domain.Situation situation) => NeedsAction ? situation.NeedsAction() : Situation is not { } s || s == situation;
}
