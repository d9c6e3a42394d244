using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Sealing;
using StageSeconde.Web.Infrastructure.Storage;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.SignedAgreements;

/// <summary>
/// The signed conventions' archive: when every party has signed online, the final PDF (the signed version's pages, then
/// the « Signatures électroniques » page), sealed with the lycée's certificate, kept by the file store, recorded with its
/// SHA-256 and its verification code (docs/decisions/0015-scellement-pdf.md).
/// </summary>
public sealed class SignedAgreementArchive(
    AppDbContext db, IDocumentSeal seal, IFileStore files, PublicUrl publicUrl, TimeProvider clock, ILogger<SignedAgreementArchive> logger)
{
    /// <summary>
    /// Builds, seals, stores and records the final PDF of <paramref name="agreementId"/>; saves the row (with whatever else the
    /// context holds). Every evidence must be about <paramref name="signedVersionPdf"/> itself (same SHA-256): a signature
    /// given on another version is never sealed into this one. Works without a signed-in user (the last party may sign by link).
    /// </summary>
    /// <exception cref="SealUnavailableException">No sealing certificate is configured.</exception>
    public async Task<SealedAgreement> CreateAsync(int schoolId, int agreementId, byte[] signedVersionPdf, IReadOnlyList<SignatureEvidence> evidence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(signedVersionPdf);
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Count == 0) throw new ArgumentException("Une convention signée a au moins une signature.", nameof(evidence));
        var signedVersionSha256 = Sha256(signedVersionPdf);
        foreach (var e in evidence.Where(e => !string.Equals(e.DocumentSha256, signedVersionSha256, StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException($"La signature « {e.Party} » porte sur un autre document ({Short(e.DocumentSha256)}) que la version à sceller ({Short(signedVersionSha256)}).", nameof(evidence));

        var agreement = await db.Agreements.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Id == agreementId && a.SchoolId == schoolId).Select(a => new { a.Id }).SingleOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Convention {agreementId} introuvable dans l'établissement {schoolId}.");
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.Name, s.Uai }).SingleAsync(ct);

        var code = SealedAgreement.NewCode();
        var completedAt = evidence.Max(e => e.SignedAt);
        var page = new EvidencePageModel(agreement.Id, school.Name, school.Uai, signedVersionSha256, PageCount(signedVersionPdf), completedAt,
            evidence, code, publicUrl.Of(VerificationAddress.Path(code)), seal.CertificateSubject, seal.CertificateThumbprint);
        var final = ComposeFinal(signedVersionPdf, page, seal);

        string stored;
        using (var content = new MemoryStream(final, writable: false))
            stored = await files.SaveAsync(content, ".pdf", ct);
        var row = new SealedAgreement(schoolId, agreement.Id, code, Sha256(final), signedVersionSha256, final.Length, stored, completedAt,
            clock.GetUtcNow(), seal.CertificateSubject, seal.CertificateThumbprint);
        db.SealedAgreements.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            db.SealedAgreements.Entry(row).State = EntityState.Detached;
            files.Delete(stored);
            throw;
        }
        logger.LogInformation("Convention {AgreementId} scellée : {Size} octets, SHA-256 {Sha256}, code {CodePrefix}.",
            agreement.Id, final.Length, Short(row.Sha256), VerificationAddress.LogPrefix(code));
        return row;
    }

    /// <summary>The convention's latest sealed PDF (of the current school), or null.</summary>
    public Task<SealedAgreement?> LatestAsync(int agreementId, CancellationToken ct) =>
        db.SealedAgreements.AsNoTracking().Where(s => s.AgreementId == agreementId)
            .OrderByDescending(s => s.SealedAt).ThenByDescending(s => s.Id).FirstOrDefaultAsync(ct);

    /// <summary>The sealed file; null when the store has lost it.</summary>
    public Stream? Open(SealedAgreement sealedAgreement) => files.OpenRead(sealedAgreement.StoredFileName);

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static async Task<string> Sha256Async(Stream content, CancellationToken ct) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));

    /// <summary>The final PDF: <paramref name="signedVersionPdf"/>'s pages unchanged, then the evidence page, sealed.</summary>
    public static byte[] ComposeFinal(byte[] signedVersionPdf, EvidencePageModel page, IDocumentSeal seal) =>
        seal.Seal(Append(signedVersionPdf, EvidencePageDocument.Compose(page).ToPdf(), page.AgreementId));

    /// <summary>The number of pages of a PDF.</summary>
    public static int PageCount(byte[] pdf)
    {
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;

    /// <summary>The pages of <paramref name="signed"/>, unchanged, then those of <paramref name="evidence"/>, in one PDF.</summary>
    private static byte[] Append(byte[] signed, byte[] evidence, int agreementId)
    {
        using var output = new PdfDocument();
        output.Info.Creator = "StageSeconde";
        output.Info.Title = $"Convention n° {agreementId} – signée électroniquement";
        foreach (var part in new[] { signed, evidence })
        {
            using var input = new MemoryStream(part, writable: false);
            using var document = PdfReader.Open(input, PdfDocumentOpenMode.Import);
            foreach (var p in document.Pages) output.AddPage(p);
        }
        using var buffer = new MemoryStream();
        output.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }
}
