namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>
/// The « Lien du tuteur » section of a convention's page: whether it can have a link (<paramref name="CanHaveLink"/>), the
/// current link's address (null when none) and every link issued, newest first.
/// </summary>
public sealed record TutorLinkSection(int AgreementId, bool CanHaveLink, string? CurrentUrl, IReadOnlyList<TutorLinkRow> Links)
{
    public TutorLinkRow? Current => CurrentUrl is null ? null : Links.FirstOrDefault(l => l.RevokedAt is null);
}
