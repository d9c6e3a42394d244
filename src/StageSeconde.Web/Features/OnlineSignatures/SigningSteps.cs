using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Absences;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.OnlineSignatures;

/// <summary>
/// The steps of the signing page behind a link: whether the link opens, sending a one-time code (at most
/// <see cref="MaxCodesPerHour"/> an hour), checking it and recording the signature with its evidence, refusing with a reason
/// (the secrétariat is e-mailed). Each problem is a French sentence and changes nothing but a counted wrong try.
/// </summary>
public sealed class SigningSteps(AppDbContext db, SignatureCollection signatures, TimeProvider clock, PublicUrl publicUrl)
{
    public const int MaxCodesPerHour = 5;

    /// <summary>Why the link does not open the form (null when it does), in order: answered, changed, replaced, expired, closed.</summary>
    public SigningRefusalKind? RefusalOf(AgreementLink link, SignatureRequest request, AgreementVersion version, AgreementState state) =>
        RefusalOf(link, request, version, state, clock.GetUtcNow());

    public static SigningRefusalKind? RefusalOf(AgreementLink link, SignatureRequest request, AgreementVersion version, AgreementState state, DateTimeOffset now) =>
        request.Status switch
        {
            SignatureRequestStatus.Signed => SigningRefusalKind.AlreadySigned,
            SignatureRequestStatus.Refused => SigningRefusalKind.AlreadyRefused,
            SignatureRequestStatus.Voided => SigningRefusalKind.Changed,
            _ when version.IsVoided => SigningRefusalKind.Changed,
            _ when link.IsRevoked || request.LinkId != link.Id => SigningRefusalKind.Revoked,
            _ when link.ExpiresAt is { } expires && expires <= now.UtcDateTime => SigningRefusalKind.Expired,
            _ when state is not (AgreementState.InSignature or AgreementState.Signed) => SigningRefusalKind.Closed,
            _ => null,
        };

    public Task<bool> HasUsableCodeAsync(SignatureRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.SignatureCodes.IgnoreQueryFilters()
            .AnyAsync(c => c.SignatureRequestId == request.Id && c.UsedAt == null && c.FailedTries < SignatureCode.MaxTries && c.ExpiresAt > now, ct);
    }

    /// <summary>E-mails a new code to the request's address; the reason when refused (too many codes in the last hour).</summary>
    public async Task<string?> SendCodeAsync(SignatureRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now.AddHours(-1).UtcDateTime;
        var recent = await db.SignatureCodes.IgnoreQueryFilters().CountAsync(c => c.SignatureRequestId == request.Id && c.IssuedAt > since, ct);
        if (recent >= MaxCodesPerHour)
            return $"Vous avez déjà demandé {MaxCodesPerHour} codes en moins d'une heure : aucun nouveau code n'est envoyé. Utilisez le dernier reçu, ou réessayez dans une heure. En cas de difficulté, appelez le lycée.";
        var code = SignatureCode.NewCode();
        db.SignatureCodes.Add(new SignatureCode(request.SchoolId, request.Id, code, request.Email, now));
        var about = (await signatures.AboutAsync(request.SchoolId, request.AgreementId, ct)) with { SignerName = request.SignerName, Party = request.Party };
        db.OutboxMessages.Add(new OutboxMessage(request.SchoolId, request.Email, SignatureMail.CodeSubject(about), SignatureMail.CodeBody(about, code),
            SignatureTopics.Code, request.Id, now));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The outcome of a signing attempt: the problem (and its field), or the convention with the signature recorded.</summary>
    public sealed record SignOutcome(string? Problem, string ProblemField, Agreement? Agreement);

    /// <summary>Checks the code and records the signature with its evidence, in one transaction; a wrong code only counts a try.</summary>
    public async Task<SignOutcome> SignAsync(SignatureRequest request, string typed, ElectronicEvidence evidence, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var code = await db.SignatureCodes.IgnoreQueryFilters().Where(c => c.SignatureRequestId == request.Id)
            .OrderByDescending(c => c.IssuedAt).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (code is null) return Problem($"Demandez d'abord un code : il sera envoyé à {SignatureMail.Masked(request.Email)}.");
        if (!code.IsUsable(now)) return Problem(UnusableCode(code));
        if (!code.TryUse(typed, now))
        {
            await db.SaveChangesAsync(ct);
            var left = SignatureCode.MaxTries - code.FailedTries;
            return Problem(left > 0
                ? $"Code erroné : il vous reste {left} essai{(left > 1 ? "s" : "")}."
                : $"Code erroné. C'était le {SignatureCode.MaxTries}e essai : ce code n'est plus valable. Demandez un nouveau code.");
        }

        var agreement = await db.Agreements.IgnoreQueryFilters().Include(a => a.Signatures)
            .FirstAsync(a => a.Id == request.AgreementId && a.SchoolId == request.SchoolId, ct);
        var by = new Actor($"{evidence.SignerName} (signature en ligne)", null);
        AgreementSignature signature;
        try
        {
            signature = agreement.RecordSignature(request.Party, clock.TodayInParis(), SignatureMode.Electronic, by, now, request.GuardianId, evidence);
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return Problem(ex.Message, "");
        }
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await db.SaveChangesAsync(token);
            request.RecordSigned(signature.Id, now);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
        }, ct);
        return new SignOutcome(null, "", agreement);
    }

    /// <summary>Records the refusal and e-mails the secrétariat; the problem with the reason when it is missing or too long.</summary>
    public async Task<string?> RefuseAsync(SignatureRequest request, string? reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        try
        {
            request.RecordRefusal(reason, now);
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
        var about = (await signatures.AboutAsync(request.SchoolId, request.AgreementId, ct)) with { SignerName = request.SignerName, Party = request.Party };
        var student = await db.Agreements.IgnoreQueryFilters().Where(a => a.Id == request.AgreementId)
            .Select(a => a.Student!.FirstName + " " + a.Student.LastName).SingleAsync(ct);
        var url = publicUrl.Of($"/conventions/{request.AgreementId}");
        foreach (var recipient in await AlertRecipients.SecretariatAsync(db, request.SchoolId, ct))
        {
            db.OutboxMessages.Add(new OutboxMessage(request.SchoolId, recipient.Email, SignatureMail.RefusalSubject(about),
                SignatureMail.RefusalBody(about, student, request.RefusalReason!, url), SignatureTopics.Refusal, request.Id, now));
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static string UnusableCode(SignatureCode code) =>
        code.UsedAt is not null ? "Ce code a déjà servi : demandez-en un nouveau."
        : code.FailedTries >= SignatureCode.MaxTries ? $"{SignatureCode.MaxTries} codes erronés ont été saisis : ce code n'est plus valable. Demandez un nouveau code."
        : $"Ce code a expiré (il est valable {(int)SignatureCode.Lifetime.TotalMinutes} minutes) : demandez-en un nouveau.";

    private static SignOutcome Problem(string why, string field = "Form.Code") => new(why, field, null);
}
