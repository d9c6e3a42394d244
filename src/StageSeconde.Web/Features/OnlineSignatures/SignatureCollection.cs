using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Printing;
using StageSeconde.Web.Features.SignedAgreements;
using StageSeconde.Web.Features.TutorLinks;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Pdf;
using StageSeconde.Web.Infrastructure.Sealing;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Storage;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.OnlineSignatures;

/// <summary>
/// Online signature of a convention (issue 11), in one place: the version put to signature (the exact PDF, its SHA-256),
/// one request and one personal link per party that has an e-mail address (the others stay on paper), the e-mails through
/// the outbox, re-issued links, reminders, voiding when the convention changes, and the sealed PDF once it is signed.
/// <para>
/// Who is asked: the host's representative at the host's address (the organisation's contact, which the representative
/// reads; the tutor's address only when the host has none — the tutor works there and passes it on, and the page makes the
/// signer type their own name); the pupil at their address when the school knows one; each legal guardian with an address.
/// The chef d'établissement signs in the application (<see cref="CurrentVersionAsync"/>).
/// </para>
/// </summary>
public sealed class SignatureCollection(
    AppDbContext db, IDataProtectionProvider protection, IFileStore files, TimeProvider clock, PublicUrl publicUrl, ICurrentUser currentUser,
    TutorLinkService tutorLinks, SignedAgreementArchive archive, ILogger<SignatureCollection> logger)
{
    public const string ProtectionPurpose = "StageSeconde.SignatureLink";

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectionPurpose);

    /// <summary>
    /// Starts the collection on a validated convention (or one in signature without a live version): makes the version, moves
    /// the convention to « En signature », asks each party with an address and e-mails them their link, all in one transaction.
    /// </summary>
    public async Task<StartOutcome> StartAsync(int agreementId, Actor by, CancellationToken ct)
    {
        var agreement = await db.Agreements.Include(a => a.Signatures).FirstOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null) return StartOutcome.Refused("Convention introuvable.");
        var live = await LiveVersionAsync(agreement.SchoolId, agreementId, ct);
        if (agreement.State == AgreementState.InSignature && live is not null
            && await db.SignatureRequests.IgnoreQueryFilters().AnyAsync(r => r.AgreementVersionId == live.Id && r.Status != SignatureRequestStatus.Voided, ct))
            return StartOutcome.Refused("La signature en ligne est déjà lancée pour cette convention.");
        if (agreement.State is not (AgreementState.Validated or AgreementState.InSignature))
            return StartOutcome.Refused("La signature en ligne ne peut être lancée que sur une convention validée.");

        var parties = await PartiesAsync(agreement, ct);
        var sent = new List<StartedRequest>();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var version = live ?? await MakeVersionAsync(agreement.SchoolId, agreementId, by.UserName, token);
            var now = clock.GetUtcNow();
            if (agreement.State == AgreementState.Validated) agreement.StartSignature(by, now);
            var requests = parties.Where(p => p.Email is not null)
                .Select(p => new SignatureRequest(agreement.SchoolId, agreement.Id, version.Id, p.Party, p.GuardianId, p.Name, p.Email!, now))
                .ToList();
            db.SignatureRequests.AddRange(requests);
            await db.SaveChangesAsync(token);
            var about = await AboutAsync(agreement.SchoolId, agreement.Id, token);
            foreach (var request in requests)
            {
                var expires = await IssueLinkAsync(request, about, by.UserName, now, reissued: false, token);
                sent.Add(new StartedRequest(request.Id, request.Party, request.SignerName, request.Email, expires));
            }
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
        }, ct);

        var onPaper = parties.Where(p => p.Email is null).Select(p => new PaperParty(p.Party, p.Name)).ToList();
        logger.LogInformation("Signature en ligne lancée pour la convention {AgreementId} par {User} : {Sent} lien(s), {Paper} partie(s) sur papier.",
            agreementId, by.UserName, sent.Count, onPaper.Count);
        return new StartOutcome(true, null, sent, onPaper);
    }

    /// <summary>
    /// After a validation (already saved): starts the online signature of <paramref name="agreementIds"/> when their school asks
    /// for it (<see cref="School.StartSignaturesOnValidation"/>). A failure is logged and leaves the convention validated.
    /// Returns how many were started.
    /// </summary>
    public async Task<int> StartOnValidationAsync(IReadOnlyCollection<int> agreementIds, Actor by, CancellationToken ct)
    {
        if (agreementIds.Count == 0) return 0;
        var wanted = await db.Agreements.AsNoTracking().Where(a => agreementIds.Contains(a.Id))
            .Where(a => db.Schools.Any(s => s.Id == a.SchoolId && s.StartSignaturesOnValidation)).Select(a => a.Id).ToListAsync(ct);
        var started = 0;
        foreach (var id in wanted)
        {
            try
            {
                if ((await StartAsync(id, by, ct)).Started) started++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Convention {AgreementId} validée : la signature en ligne n'a pas pu être lancée automatiquement.", id);
                db.ChangeTracker.Clear();
            }
        }
        return started;
    }

    /// <summary>The live version of the convention (of the current school); made (PDF stored, hash recorded) when there is none.</summary>
    public async Task<AgreementVersion> CurrentVersionAsync(int agreementId, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId).Select(a => new { a.Id, a.SchoolId }).SingleAsync(ct);
        return await LiveVersionAsync(agreement.SchoolId, agreementId, ct)
            ?? await MakeVersionAsync(agreement.SchoolId, agreementId, currentUser.UserName ?? "signature-en-ligne", ct);
    }

    /// <summary>The live (not voided) version of a convention, in any school; null when none.</summary>
    public Task<AgreementVersion?> LiveVersionAsync(int schoolId, int agreementId, CancellationToken ct) =>
        db.AgreementVersions.IgnoreQueryFilters()
            .Where(v => v.SchoolId == schoolId && v.AgreementId == agreementId && v.VoidedAt == null)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);

    /// <summary>The exact bytes of a version.</summary>
    public async Task<byte[]?> ReadAsync(AgreementVersion version, CancellationToken ct)
    {
        await using var stream = files.OpenRead(version.StoredFileName);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    /// <summary>
    /// Once the convention is signed (saved): the final sealed PDF through <see cref="SignedAgreementArchive"/>, with the evidence of
    /// every electronic signature given on the live version and the paper ones listed as such. Called by the signing page and the
    /// chef d'établissement's signature. A failure is logged: the signatures stay recorded, the seal can be made again.
    /// </summary>
    public async Task AfterSignatureAsync(Agreement agreement, CancellationToken ct)
    {
        if (agreement.State != AgreementState.Signed) return;
        var version = await LiveVersionAsync(agreement.SchoolId, agreement.Id, ct);
        if (version is null)
        {
            logger.LogInformation("Convention {AgreementId} signée sans version en ligne (signatures sur papier) : pas de PDF scellé.", agreement.Id);
            return;
        }
        var signatures = await db.Set<AgreementSignature>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.AgreementId == agreement.Id && s.SchoolId == agreement.SchoolId).OrderBy(s => s.RecordedAt).ToListAsync(ct);
        var electronic = signatures.Where(s => s.Mode == SignatureMode.Electronic && s.DocumentSha256 == version.Sha256).ToList();
        if (electronic.Count == 0) return;
        var bytes = await ReadAsync(version, ct);
        if (bytes is null)
        {
            logger.LogError("Convention {AgreementId} : le PDF de la version {Version} est introuvable, le PDF scellé n'est pas fait.", agreement.Id, version.Number);
            return;
        }
        var guardians = await db.Guardians.IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.SchoolId == agreement.SchoolId && g.StudentId == agreement.StudentId)
            .ToDictionaryAsync(g => g.Id, g => g.FullName, ct);
        var evidence = signatures
            .Where(s => s.Mode == SignatureMode.Paper || electronic.Contains(s))
            .Select(s => s.Mode == SignatureMode.Electronic
                ? new SignatureEvidence(s.Party.Label(), s.SignerName ?? "", s.SignerEmail, new DateTimeOffset(s.RecordedAt, TimeSpan.Zero),
                    s.IpAddress ?? "", s.UserAgent ?? "", version.Sha256)
                : new SignatureEvidence($"{s.Party.Label()} (signature sur papier)",
                    s.GuardianId is { } g && guardians.TryGetValue(g, out var name) ? name : "", null, new DateTimeOffset(s.RecordedAt, TimeSpan.Zero),
                    "—", $"Signature manuscrite du {FrenchTime.Date(s.SignedOn)}, enregistrée par le lycée", version.Sha256))
            .ToList();
        try
        {
            await archive.CreateAsync(agreement.SchoolId, agreement.Id, bytes, evidence, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Convention {AgreementId} signée : le PDF scellé n'a pas pu être fait.", agreement.Id);
        }
    }

    /// <summary>
    /// The convention changed after validation (<see cref="Agreement.ApplyEdit"/>): voids its live version and the requests on it,
    /// revokes their links and tells each signer by e-mail that a new version needs their signature. Adds to the context only:
    /// the caller saves with the change itself.
    /// </summary>
    public async Task VoidAsync(Agreement agreement, string reason, Actor by, CancellationToken ct)
    {
        var version = await LiveVersionAsync(agreement.SchoolId, agreement.Id, ct);
        if (version is null) return;
        var now = clock.GetUtcNow();
        version.Void(reason, now);
        var requests = await db.SignatureRequests.IgnoreQueryFilters()
            .Where(r => r.AgreementVersionId == version.Id && (r.Status == SignatureRequestStatus.Pending || r.Status == SignatureRequestStatus.Signed))
            .ToListAsync(ct);
        var about = await AboutAsync(agreement.SchoolId, agreement.Id, ct);
        foreach (var request in requests)
        {
            var hadSigned = request.Status == SignatureRequestStatus.Signed;
            request.Void(now);
            db.OutboxMessages.Add(new OutboxMessage(agreement.SchoolId, request.Email, SignatureMail.NewVersionSubject(about with { SignerName = request.SignerName, Party = request.Party }),
                SignatureMail.NewVersionBody(about with { SignerName = request.SignerName, Party = request.Party }, hadSigned), SignatureTopics.NewVersion, request.Id, now));
        }
        await RevokeLinksAsync(agreement.SchoolId, agreement.Id, null, by.UserName, now, ct);
        logger.LogInformation("Convention {AgreementId} modifiée : version {Version} annulée, {Count} signataire(s) prévenu(s).", agreement.Id, version.Number, requests.Count);
    }

    /// <summary>A new link for a pending request (the old one revoked, a new expiry), e-mailed; false when the request is not pending.</summary>
    public async Task<bool> ReissueAsync(int requestId, Actor by, CancellationToken ct)
    {
        var request = await db.SignatureRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null || !request.IsPending) return false;
        var now = clock.GetUtcNow();
        var about = await AboutAsync(request.SchoolId, request.AgreementId, ct);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await RevokeLinksAsync(request.SchoolId, request.AgreementId, request.Id, by.UserName, now, token);
            await IssueLinkAsync(request, about, by.UserName, now, reissued: true, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
        }, ct);
        logger.LogInformation("Nouveau lien de signature pour la demande {RequestId} (convention {AgreementId}) par {User}.", request.Id, request.AgreementId, by.UserName);
        return true;
    }

    /// <summary>
    /// Queues a reminder with the request's current link (for the reminders job) and records it; adds to the context only.
    /// False when the request is not pending or its link is gone (expired, revoked or unreadable: re-issue it instead).
    /// </summary>
    public async Task<bool> QueueReminderAsync(SignatureRequest request, CancellationToken ct)
    {
        if (!request.IsPending || request.LinkId is not { } linkId) return false;
        var now = clock.GetUtcNow();
        var link = await db.AgreementLinks.IgnoreQueryFilters().FirstOrDefaultAsync(l => l.Id == linkId, ct);
        if (link is null || link.IsRevoked || link.ExpiresAt is not { } expires || expires <= now.UtcDateTime || Unprotect(link.ProtectedToken) is not { } token)
            return false;
        var about = (await AboutAsync(request.SchoolId, request.AgreementId, ct)) with { SignerName = request.SignerName, Party = request.Party };
        db.OutboxMessages.Add(new OutboxMessage(request.SchoolId, request.Email, SignatureMail.ReminderSubject(about),
            SignatureMail.LinkBody(about, publicUrl.Of(SignatureLinkAddress.Path(token)), new DateTimeOffset(expires, TimeSpan.Zero), reissued: false, reminder: true),
            SignatureTopics.Reminder, request.Id, now));
        request.RecordReminder(now);
        return true;
    }

    /// <summary>The signature link of <paramref name="token"/>, in any school; null for a malformed or unknown token.</summary>
    public async Task<AgreementLink?> FindLinkAsync(string? token, CancellationToken ct)
    {
        if (!AgreementLink.IsWellFormed(token)) return null;
        var hash = AgreementLink.Hash(token!);
        return await db.AgreementLinks.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(l => l.TokenHash == hash && l.Purpose == LinkPurpose.Signature, ct);
    }

    /// <summary>The parties the convention still needs online or on paper (not the chef d'établissement), with their address if any.</summary>
    public async Task<IReadOnlyList<PlannedParty>> PartiesAsync(Agreement agreement, CancellationToken ct)
    {
        var facts = await db.Agreements.IgnoreQueryFilters().AsNoTracking().Where(a => a.Id == agreement.Id)
            .Select(a => new
            {
                HostEmail = a.HostOrganisation!.Email, TutorEmail = a.Tutor!.Email, a.RepresentativeName,
                a.Student!.FirstName, a.Student.LastName, StudentEmail = a.Student.Email,
                Guardians = a.Student.Guardians.Where(g => g.IsLegalGuardian).OrderBy(g => g.Id)
                    .Select(g => new { g.Id, g.FirstName, g.LastName, g.Email }).ToList(),
            })
            .SingleAsync(ct);
        var signed = agreement.Signatures;
        var parties = new List<PlannedParty>();
        if (!signed.Any(s => s.Party == SignatureParty.HostRepresentative))
            parties.Add(new PlannedParty(SignatureParty.HostRepresentative, null, facts.RepresentativeName, Address(facts.HostEmail) ?? Address(facts.TutorEmail)));
        if (!signed.Any(s => s.Party == SignatureParty.Student))
            parties.Add(new PlannedParty(SignatureParty.Student, null, PersonName.FirstLast(facts.FirstName, facts.LastName), Address(facts.StudentEmail)));
        if (!signed.Any(s => s.Party == SignatureParty.Guardian))
        {
            parties.AddRange(facts.Guardians.Select(g =>
                new PlannedParty(SignatureParty.Guardian, g.Id, PersonName.FirstLast(g.FirstName, g.LastName), Address(g.Email))));
        }
        return parties;
    }

    /// <summary>What the e-mails of a convention say about it (the signer's name and party are set per e-mail).</summary>
    public async Task<SignatureMail.About> AboutAsync(int schoolId, int agreementId, CancellationToken ct)
    {
        var row = await db.Agreements.IgnoreQueryFilters().AsNoTracking().Where(a => a.Id == agreementId && a.SchoolId == schoolId)
            .Select(a => new { a.Student!.FirstName, HostName = a.HostOrganisation!.Name }).SingleAsync(ct);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleAsync(ct);
        return new SignatureMail.About(school, row.FirstName, row.HostName, "", SignatureParty.HostRepresentative);
    }

    private async Task<DateTimeOffset> IssueLinkAsync(SignatureRequest request, SignatureMail.About about, string by, DateTimeOffset now, bool reissued, CancellationToken ct)
    {
        var days = await db.Schools.AsNoTracking().Where(s => s.Id == request.SchoolId).Select(s => s.SignatureLinkDays).SingleAsync(ct);
        var expires = now.AddDays(Math.Max(1, days));
        var (link, token) = AgreementLink.Issue(request.SchoolId, request.AgreementId, LinkPurpose.Signature, _protector.Protect, now, by,
            expires, PartyKey(request.Id));
        db.AgreementLinks.Add(link);
        await db.SaveChangesAsync(ct);
        request.UseLink(link.Id);
        var mail = about with { SignerName = request.SignerName, Party = request.Party };
        db.OutboxMessages.Add(new OutboxMessage(request.SchoolId, request.Email, SignatureMail.LinkSubject(mail),
            SignatureMail.LinkBody(mail, publicUrl.Of(SignatureLinkAddress.Path(token)), expires, reissued), SignatureTopics.Link, request.Id, now));
        return expires;
    }

    /// <summary>The link's <see cref="AgreementLink.Party"/>: the request it is for.</summary>
    public static string PartyKey(int requestId) => $"demande-{requestId}";

    private async Task RevokeLinksAsync(int schoolId, int agreementId, int? requestId, string by, DateTimeOffset now, CancellationToken ct)
    {
        var links = db.AgreementLinks.IgnoreQueryFilters()
            .Where(l => l.SchoolId == schoolId && l.AgreementId == agreementId && l.Purpose == LinkPurpose.Signature && l.RevokedAt == null);
        if (requestId is { } id)
        {
            var key = PartyKey(id);
            links = links.Where(l => l.Party == key);
        }
        foreach (var link in await links.ToListAsync(ct)) link.Revoke(by, now);
    }

    private async Task<AgreementVersion> MakeVersionAsync(int schoolId, int agreementId, string by, CancellationToken ct)
    {
        var model = (await AgreementPrintQuery.LoadAsync(db, [agreementId], ct)).Single();
        var urls = await tutorLinks.UrlsForPrintingAsync([agreementId], by, ct);
        model = model with { Signatures = [], TutorLinkUrl = urls.TryGetValue(agreementId, out var url) ? url : null };
        byte[] bytes;
        using (var composer = new DocumentComposer())
        {
            composer.Add(AgreementDocument.Compose(model, clock.TodayInParis()));
            using var output = new MemoryStream();
            await composer.SaveAsync(output, ct);
            bytes = output.ToArray();
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        string stored;
        using (var content = new MemoryStream(bytes, writable: false)) stored = await files.SaveAsync(content, ".pdf", ct);
        var number = 1 + (await db.AgreementVersions.IgnoreQueryFilters().Where(v => v.AgreementId == agreementId).MaxAsync(v => (int?)v.Number, ct) ?? 0);
        var version = new AgreementVersion(schoolId, agreementId, number, sha, stored, bytes.Length, clock.GetUtcNow());
        db.AgreementVersions.Add(version);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Convention {AgreementId} : version {Number} mise à la signature ({Size} octets, SHA-256 {Sha}).", agreementId, number, bytes.Length, sha[..12]);
        return version;
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
            logger.LogWarning(ex, "Le jeton d'un lien de signature ne peut plus être déchiffré.");
            return null;
        }
    }

    private static string? Address(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();
}

/// <summary>A party the convention still needs (not the chef d'établissement); no address = on paper.</summary>
public sealed record PlannedParty(SignatureParty Party, int? GuardianId, string Name, string? Email);

/// <summary>A request made by <see cref="SignatureCollection.StartAsync"/>: its link was e-mailed.</summary>
public sealed record StartedRequest(int RequestId, SignatureParty Party, string SignerName, string Email, DateTimeOffset ExpiresAt);

/// <summary>A party without an e-mail address: signs on paper.</summary>
public sealed record PaperParty(SignatureParty Party, string Name);

/// <summary>What starting the collection did: the links sent and the parties left on paper, or why it did not start.</summary>
public sealed record StartOutcome(bool Started, string? Refusal, IReadOnlyList<StartedRequest> Sent, IReadOnlyList<PaperParty> OnPaper)
{
    public static StartOutcome Refused(string why) => new(false, why, [], []);
}
