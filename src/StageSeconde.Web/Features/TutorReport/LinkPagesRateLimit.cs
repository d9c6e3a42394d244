using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.TutorReport;

/// <summary>
/// The limit on the pages reached by a link without an account, per client address: a guessed token costs the attacker a
/// minute every few tries; a tutor never reaches the limit. Its settings (<c>RateLimits:LinkPages</c>) and the French 429
/// page are those of <see cref="RateLimits"/>, the one place of every limit.
/// </summary>
public static class LinkPagesRateLimit
{
    public const string Policy = RateLimits.LinkPages;
}
