using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.SignedAgreements;

/// <summary>What a file was found to be, compared with the sealed convention.</summary>
public enum VerificationOutcome
{
    /// <summary>The sealed file itself.</summary>
    Match = 1,
    /// <summary>The version the parties signed, without the evidence page and the seal.</summary>
    SignedVersion,
    NoMatch,
}

/// <summary>
/// The public verification page: which lycée sealed which convention, and when; never a person's name (no pupil, no host,
/// no signer). With the outcome of a comparison once a file or a hash has been sent.
/// </summary>
public sealed record VerificationPage(
    string Code, int AgreementId, string SchoolName, string? SchoolCity, string Uai, DateTime SealedAt, DateTime CompletedAt,
    string CertificateSubject, DateTime? SupersededAt, string Sha256, string SignedVersionSha256)
{
    public VerificationOutcome? Outcome { get; init; }

    /// <summary>How the compared file or hash was named to the visitor (« le fichier « x.pdf » », « l'empreinte collée »).</summary>
    public string? Compared { get; init; }

    public string? ComparedSha256 { get; init; }

    public VerificationPage With(string comparedSha256, string compared) => this with
    {
        ComparedSha256 = comparedSha256,
        Compared = compared,
        Outcome = comparedSha256 == Sha256 ? VerificationOutcome.Match
            : comparedSha256 == SignedVersionSha256 ? VerificationOutcome.SignedVersion
            : VerificationOutcome.NoMatch,
    };

    /// <summary>The page of <paramref name="typedCode"/>, or null when it is not a code or no sealed convention has it.</summary>
    public static async Task<VerificationPage?> LoadAsync(AppDbContext db, string? typedCode, CancellationToken ct)
    {
        if (SealedAgreement.Normalize(typedCode) is not { } code) return null;
        // No school is known yet: the code alone finds the record, in any school.
        var found = await db.SealedAgreements.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.VerificationCode == code)
            .Join(db.Schools, s => s.SchoolId, school => school.Id, (s, school) => new
            {
                s.AgreementId, s.SealedAt, s.CompletedAt, s.CertificateSubject, s.Sha256, s.SignedVersionSha256, s.Id,
                school.Name, school.City, school.Uai,
                Later = db.SealedAgreements.IgnoreQueryFilters()
                    .Where(o => o.SchoolId == s.SchoolId && o.AgreementId == s.AgreementId && o.SealedAt > s.SealedAt)
                    .Min(o => (DateTime?)o.SealedAt),
            })
            .SingleOrDefaultAsync(ct);
        return found is null ? null : new VerificationPage(SealedAgreement.Display(code), found.AgreementId, found.Name,
            string.IsNullOrWhiteSpace(found.City) ? null : found.City, found.Uai, found.SealedAt, found.CompletedAt,
            found.CertificateSubject, found.Later, found.Sha256, found.SignedVersionSha256);
    }

    /// <summary>A pasted SHA-256, canonical (64 lower-case hexadecimal digits), or null: spaces, line breaks and a « sha256: » prefix are tolerated.</summary>
    public static string? NormalizeHash(string? pasted)
    {
        if (string.IsNullOrWhiteSpace(pasted) || pasted.Length > 200) return null;
        var text = pasted.Trim();
        if (text.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("sha-256:", StringComparison.OrdinalIgnoreCase))
            text = text[(text.IndexOf(':') + 1)..];
        var hex = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        return SealedAgreement.IsSha256(hex) ? hex : null;
    }
}
