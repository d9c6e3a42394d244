using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.OnlineSignatures;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.HeadSignature;

/// <summary>Who signs and from where: the evidence the head's signature records besides the document's hash.</summary>
public sealed record HeadSigner(string Name, string Email, string IpAddress, string UserAgent);

/// <summary>What became of one convention of a selection: signed (and whether that made it Signée), or why not, in French.</summary>
public sealed record SignOutcome(int AgreementId, string StudentName, string HostName, bool Signed, bool BecameSigned, string? Reason);

/// <summary>
/// Records the chef d'établissement's electronic signature on conventions, one save per convention: a convention is
/// signed completely (signature, state, evidence with the SHA-256 of the version put to signature) or not at all, and
/// one that cannot be signed leaves the others of the selection alone.
/// </summary>
public sealed class HeadSigning(AppDbContext db, SignatureCollection collection, TimeProvider clock, ILogger<HeadSigning> logger)
{
    public async Task<IReadOnlyList<SignOutcome>> SignAsync(IReadOnlyList<int> ids, IReadOnlyDictionary<int, int> versions, HeadSigner signer, Actor actor, CancellationToken ct)
    {
        var outcomes = new List<SignOutcome>();
        foreach (var id in ids.Distinct())
        {
            outcomes.Add(await SignOneAsync(id, versions.TryGetValue(id, out var v) ? v : null, signer, actor, ct));
            db.ChangeTracker.Clear();
        }
        return outcomes;
    }

    private async Task<SignOutcome> SignOneAsync(int id, int? expectedVersion, HeadSigner signer, Actor actor, CancellationToken ct)
    {
        var row = await db.Agreements.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Version, a.State,
                StudentName = PersonName.LastFirst(a.Student!.LastName, a.Student.FirstName),
                HostName = a.HostOrganisation!.Name,
                HeadSigned = a.Signatures.Any(s => s.Party == SignatureParty.SchoolHead),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null) return new SignOutcome(id, $"Convention n° {id}", "", false, false, "Cette convention n'existe pas ou n'est pas de votre établissement.");
        SignOutcome NotSigned(string reason) => new(id, row.StudentName, row.HostName, false, false, reason);

        if (row.HeadSigned) return NotSigned("Elle porte déjà la signature du chef d'établissement.");
        if (row.State is not (AgreementState.Validated or AgreementState.InSignature))
            return NotSigned($"Elle n'est plus à signer : elle est « {row.State.Label()} ».");
        if (expectedVersion != row.Version)
            return NotSigned("Elle a été modifiée depuis l'affichage de la liste : relisez-la avant de signer.");

        var version = await collection.CurrentVersionAsync(id, ct);
        var agreement = await db.Agreements.Include(a => a.Signatures).FirstAsync(a => a.Id == id, ct);
        db.SetOriginalVersion(agreement, row.Version);
        var now = clock.GetUtcNow();
        try
        {
            agreement.RecordSignature(SignatureParty.SchoolHead, clock.TodayInParis(), SignatureMode.Electronic, actor, now,
                evidence: new ElectronicEvidence(signer.Name, signer.Email, signer.IpAddress, signer.UserAgent, version.Sha256));
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return NotSigned(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return NotSigned("Elle a été modifiée pendant la signature : relisez-la avant de signer.");
        }

        var becameSigned = agreement.State == AgreementState.Signed;
        if (becameSigned)
        {
            try
            {
                await collection.AfterSignatureAsync(agreement, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The signature stands; the final document can be produced again from the convention's page.
                logger.LogError(ex, "Convention {AgreementId} signée par le chef d'établissement : échec de la production du PDF final.", id);
            }
        }
        return new SignOutcome(id, row.StudentName, row.HostName, true, becameSigned, null);
    }
}
