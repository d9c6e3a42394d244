using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>
/// The tutor's secret link of a convention (docs/reference-produit.md §5, docs/architecture.md « Pages atteintes par un
/// lien »): a random token of 128 bits, stored as its SHA-256 for the lookup and encrypted with the data-protection keys so
/// that every copy of the convention prints the same link. Issued by hand from the convention's page, or the first time a
/// validated convention or its « fiche tuteur » is printed; revoked by hand; issuing a new one revokes the previous one.
/// Staff side only (the current school's conventions); the tutor's page looks a token up with <see cref="FindAsync"/>.
/// </summary>
public sealed class TutorLinkService(AppDbContext db, IDataProtectionProvider protection, TimeProvider clock, PublicUrl publicUrl, ILogger<TutorLinkService> logger)
{
    public const string ProtectionPurpose = "StageSeconde.TutorLink";

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectionPurpose);

    /// <summary>A convention has a tutor's link once validated, until it is over (not a draft, not a cancelled one).</summary>
    public static bool CanHaveLink(AgreementState state) =>
        state is AgreementState.Validated or AgreementState.InSignature or AgreementState.Signed or AgreementState.Completed;

    /// <summary>The absolute address of the tutor's page for <paramref name="token"/>.</summary>
    public string UrlOf(string token) => publicUrl.Of(TutorLinkAddress.Path(token));

    /// <summary>The convention's link section: its current link (if any, with its address) and the links before it.</summary>
    public async Task<TutorLinkSection?> SectionAsync(int agreementId, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId).Select(a => new { a.Id, a.State }).FirstOrDefaultAsync(ct);
        if (agreement is null) return null;
        var links = await Links(agreementId).AsNoTracking()
            .OrderByDescending(l => l.IssuedAt).ThenByDescending(l => l.Id)
            .Select(l => new
            {
                l.Id, l.ProtectedToken, l.IssuedAt, l.IssuedBy, l.RevokedAt, l.RevokedBy,
                IssuedByName = db.Users.Where(u => u.UserName == l.IssuedBy).Select(u => u.DisplayName).FirstOrDefault(),
                RevokedByName = db.Users.Where(u => u.UserName == l.RevokedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var rows = links.Select(l => new TutorLinkRow(l.IssuedAt, Name(l.IssuedByName, l.IssuedBy), l.RevokedAt,
            l.RevokedBy is null ? null : Name(l.RevokedByName, l.RevokedBy))).ToList();
        var current = links.FirstOrDefault(l => l.RevokedAt is null);
        var token = current is null ? null : Unprotect(current.ProtectedToken);
        return new TutorLinkSection(agreement.Id, CanHaveLink(agreement.State), token is null ? null : UrlOf(token), rows);
    }

    /// <summary>Issues a new link for the convention, revoking the current one; false when the convention cannot have one.</summary>
    public async Task<bool> IssueAsync(int agreementId, string by, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId).Select(a => new { a.Id, a.SchoolId, a.State }).FirstOrDefaultAsync(ct);
        if (agreement is null || !CanHaveLink(agreement.State)) return false;
        var now = clock.GetUtcNow();
        var revoked = await RevokeActiveAsync(agreementId, by, now, ct);
        var link = NewLink(agreement.SchoolId, agreement.Id, by, now);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Lien du tuteur émis pour la convention {AgreementId} par {User} (empreinte {HashPrefix}…, {Revoked} lien(s) révoqué(s)).",
            agreementId, by, link.TokenHash[..12], revoked);
        return true;
    }

    /// <summary>Revokes the convention's current link; false when it had none.</summary>
    public async Task<bool> RevokeAsync(int agreementId, string by, CancellationToken ct)
    {
        var revoked = await RevokeActiveAsync(agreementId, by, clock.GetUtcNow(), ct);
        if (revoked == 0) return false;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Lien du tuteur de la convention {AgreementId} révoqué par {User}.", agreementId, by);
        return true;
    }

    /// <summary>
    /// The address of the current link of each convention of <paramref name="agreementIds"/> that can have one, issuing a
    /// link (recorded as issued by <paramref name="by"/>) for those that have none yet: printing a chunk of conventions issues
    /// what it needs in three queries and one save.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, string>> UrlsForPrintingAsync(IReadOnlyCollection<int> agreementIds, string by, CancellationToken ct)
    {
        var agreements = await db.Agreements.AsNoTracking().Where(a => agreementIds.Contains(a.Id))
            .Select(a => new { a.Id, a.SchoolId, a.State }).ToListAsync(ct);
        var eligible = agreements.Where(a => CanHaveLink(a.State)).ToList();
        if (eligible.Count == 0) return new Dictionary<int, string>();
        var ids = eligible.Select(a => a.Id).ToList();
        var active = await db.AgreementLinks.AsNoTracking()
            .Where(l => ids.Contains(l.AgreementId) && l.Purpose == LinkPurpose.TutorReport && l.RevokedAt == null)
            .OrderByDescending(l => l.IssuedAt).ThenByDescending(l => l.Id)
            .Select(l => new { l.AgreementId, l.ProtectedToken })
            .ToListAsync(ct);
        var urls = new Dictionary<int, string>();
        foreach (var link in active)
        {
            if (!urls.ContainsKey(link.AgreementId) && Unprotect(link.ProtectedToken) is { } token)
                urls[link.AgreementId] = UrlOf(token);
        }

        var missing = eligible.Where(a => !urls.ContainsKey(a.Id)).ToList();
        if (missing.Count == 0) return urls;
        var now = clock.GetUtcNow();
        // A link whose token can no longer be decrypted (keys lost) cannot be printed: it is replaced.
        if (active.Any(l => missing.Any(m => m.Id == l.AgreementId)))
        {
            foreach (var a in missing) await RevokeActiveAsync(a.Id, by, now, ct);
        }
        foreach (var a in missing)
        {
            var (link, token) = AgreementLink.Issue(a.SchoolId, a.Id, LinkPurpose.TutorReport, _protector.Protect, now, by);
            db.AgreementLinks.Add(link);
            urls[a.Id] = UrlOf(token);
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Liens du tuteur émis à l'impression par {User} pour {Count} convention(s).", by, missing.Count);
        return urls;
    }

    /// <summary>
    /// The tutor's link of <paramref name="token"/>, in any school (the page is reached before any school is known); null for
    /// a malformed or unknown token.
    /// </summary>
    public async Task<TutorLinkMatch?> FindAsync(string? token, CancellationToken ct)
    {
        if (!AgreementLink.IsWellFormed(token)) return null;
        var hash = AgreementLink.Hash(token!);
        return await db.AgreementLinks.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.TokenHash == hash && l.Purpose == LinkPurpose.TutorReport)
            .Select(l => new TutorLinkMatch(l.Id, l.SchoolId, l.AgreementId, l.RevokedAt != null))
            .FirstOrDefaultAsync(ct);
    }

    private IQueryable<AgreementLink> Links(int agreementId) =>
        db.AgreementLinks.Where(l => l.AgreementId == agreementId && l.Purpose == LinkPurpose.TutorReport);

    private async Task<int> RevokeActiveAsync(int agreementId, string by, DateTimeOffset now, CancellationToken ct)
    {
        var active = await Links(agreementId).Where(l => l.RevokedAt == null).ToListAsync(ct);
        foreach (var link in active) link.Revoke(by, now);
        return active.Count;
    }

    private AgreementLink NewLink(int schoolId, int agreementId, string by, DateTimeOffset now)
    {
        var (link, _) = AgreementLink.Issue(schoolId, agreementId, LinkPurpose.TutorReport, _protector.Protect, now, by);
        db.AgreementLinks.Add(link);
        return link;
    }

    private string? Unprotect(string? protectedToken)
    {
        if (protectedToken is null) return null;
        try
        {
            return _protector.Unprotect(protectedToken);
        }
        catch (CryptographicException ex)
        {
            logger.LogWarning(ex, "Le jeton d'un lien du tuteur ne peut plus être déchiffré : un nouveau lien sera émis à l'impression.");
            return null;
        }
    }

    private static string Name(string? displayName, string userName) => string.IsNullOrWhiteSpace(displayName) ? userName : displayName;
}
