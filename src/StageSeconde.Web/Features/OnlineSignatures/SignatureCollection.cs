using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.OnlineSignatures;

/// <summary>
/// STAND-IN written on branch s3 until branch s2's SignatureCollection is merged (same names): the live version of a
/// convention (made if none, here without a PDF) and what follows a signature (nothing here). Replace by s2's file.
/// </summary>
public sealed class SignatureCollection(AppDbContext db, TimeProvider clock)
{
    public async Task<AgreementVersion> CurrentVersionAsync(int agreementId, CancellationToken ct)
    {
        var live = await db.AgreementVersions.Where(v => v.AgreementId == agreementId && v.VoidedAt == null)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (live is not null) return live;
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId).Select(a => new { a.SchoolId, a.Version }).FirstAsync(ct);
        var number = await db.AgreementVersions.Where(v => v.AgreementId == agreementId).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{agreementId}:{agreement.Version}:{number + 1}")));
        var version = new AgreementVersion(agreement.SchoolId, agreementId, number + 1, sha, $"stand-in-{agreementId}-{number + 1}.pdf", 0, clock.GetUtcNow());
        db.AgreementVersions.Add(version);
        await db.SaveChangesAsync(ct);
        return version;
    }

    public Task AfterSignatureAsync(Agreement agreement, CancellationToken ct) => Task.CompletedTask;
}
