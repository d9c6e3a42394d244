using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.OnlineSignatures;

/// <summary>One party's line of the « Signature en ligne » section of a convention's page.</summary>
public sealed record SignatureRequestRow(
    int? RequestId, SignatureParty Party, string Name, string? Email, SignatureRequestStatus? Status, DateTime? AnsweredAt, string? RefusalReason,
    DateTime? LinkSentAt, DateTime? LinkExpiresAt, int RemindersSent, DateTime? LastRemindedAt)
{
    public bool OnPaper => RequestId is null;
}

/// <summary>The latest sealed PDF of the convention (signed by every party): when, and the code of its verification page.</summary>
public sealed record SealedDocumentRow(DateTime SealedAt, string VerificationCode);

/// <summary>The « Signature en ligne » section: whether it can be started, the live version, each party's line.</summary>
public sealed record OnlineSignaturePanel(int AgreementId, AgreementState State, bool CanStart, int? VersionNumber, string? VersionSha256,
    IReadOnlyList<SignatureRequestRow> Rows, SealedDocumentRow? Sealed = null)
{
    public static async Task<OnlineSignaturePanel?> LoadAsync(AppDbContext db, SignatureCollection signatures, int agreementId, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Signatures).FirstOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null) return null;
        var version = await signatures.LiveVersionAsync(agreement.SchoolId, agreementId, ct);
        var requests = version is null ? []
            : await db.SignatureRequests.AsNoTracking().Where(r => r.AgreementVersionId == version.Id && r.Status != SignatureRequestStatus.Voided)
                .OrderBy(r => r.Party).ThenBy(r => r.Id)
                .Select(r => new
                {
                    r.Id, r.Party, r.SignerName, r.Email, r.Status, r.AnsweredAt, r.RefusalReason, r.RemindersSent, r.LastRemindedAt,
                    Link = db.AgreementLinks.Where(l => l.Id == r.LinkId).Select(l => new { l.IssuedAt, l.ExpiresAt }).FirstOrDefault(),
                })
                .ToListAsync(ct);
        var started = requests.Count > 0;
        var canStart = !started && agreement.State is AgreementState.Validated or AgreementState.InSignature;
        var rows = requests.Select(r => new SignatureRequestRow(r.Id, r.Party, r.SignerName, r.Email, r.Status, r.AnsweredAt, r.RefusalReason,
            r.Link?.IssuedAt, r.Link?.ExpiresAt, r.RemindersSent, r.LastRemindedAt)).ToList();
        if (started && agreement.State == AgreementState.InSignature)
        {
            var paper = (await signatures.PartiesAsync(agreement, ct)).Where(p => p.Email is null)
                .Where(p => !requests.Any(r => r.Party == p.Party && p.Party != SignatureParty.Guardian));
            rows.AddRange(paper.Select(p => new SignatureRequestRow(null, p.Party, p.Name, null, null, null, null, null, null, 0, null)));
        }
        var sealedAgreement = await db.SealedAgreements.AsNoTracking().Where(s => s.AgreementId == agreementId)
            .OrderByDescending(s => s.SealedAt).ThenByDescending(s => s.Id)
            .Select(s => new SealedDocumentRow(s.SealedAt, s.VerificationCode)).FirstOrDefaultAsync(ct);
        return new OnlineSignaturePanel(agreement.Id, agreement.State, canStart, version?.Number, version?.Sha256, rows, sealedAgreement);
    }
}
