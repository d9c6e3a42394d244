using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Signatures;

public sealed record SignatureLine(SignatureParty Party, int? GuardianId, string? GuardianName, DateOnly SignedOn, SignatureMode Mode, string RecordedBy, DateTime RecordedAt);

public sealed record GuardianOption(int Id, string FullName, GuardianRelationship Relationship, bool HasSigned);

public sealed record ScanLine(int Id, string OriginalFileName, string ContentType, long Size, DateTime UploadedAt, string UploadedBy);

/// <summary>A required party, who signs for it, and the signatures recorded for it (several for the guardians).</summary>
public sealed record PartyStatus(SignatureParty Party, string Signatory, IReadOnlyList<SignatureLine> Signatures)
{
    public bool HasSigned => Signatures.Count > 0;
}

/// <summary>The signatures of a convention and its scanned copies.</summary>
public sealed record SignaturesModel(
    int Id, int Version, AgreementState State, string StudentName, string ClassCode, string HostName, PeriodOption Period,
    DateOnly FirstDay, DateOnly LastDay, string SchoolHeadName, string RepresentativeName, string RepresentativeFunction,
    IReadOnlyList<SignatureLine> Signatures, IReadOnlyList<GuardianOption> LegalGuardians, IReadOnlyList<ScanLine> Scans)
{
    /// <summary>The reference of a signature made outside the application, if it was.</summary>
    public string? ExternalReference { get; init; }

    /// <summary>The form below the parties; set by the controller (its defaults, or what was posted).</summary>
    public SignatureForm Form { get; init; } = new();

    public IReadOnlyList<PartyStatus> Parties => Agreement.RequiredParties.Select(party => new PartyStatus(party, party switch
    {
        SignatureParty.SchoolHead => SchoolHeadName,
        SignatureParty.HostRepresentative => $"{RepresentativeName}, {RepresentativeFunction}",
        SignatureParty.Student => StudentName,
        _ => LegalGuardians.Count == 0 ? "aucun responsable légal enregistré" : "au moins un responsable légal",
    }, Signatures.Where(s => s.Party == party).ToList())).ToList();

    /// <summary>Validated: the collection of signatures can start.</summary>
    public bool CanStart => State == AgreementState.Validated;

    /// <summary>Who may still sign: the required parties that have not, and another legal guardian (even once signed).</summary>
    public IReadOnlyList<SignatureParty> PartiesToRecord
    {
        get
        {
            var guardianCanSign = LegalGuardians.Any(g => !g.HasSigned);
            if (State == AgreementState.Signed) return guardianCanSign ? [SignatureParty.Guardian] : [];
            if (State is not (AgreementState.Validated or AgreementState.InSignature)) return [];
            return Agreement.RequiredParties
                .Where(p => p == SignatureParty.Guardian ? guardianCanSign : !Signatures.Any(s => s.Party == p))
                .ToList();
        }
    }

    public static async Task<SignaturesModel?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var loaded = await db.Agreements.AsNoTracking().AsSplitQuery().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Version, a.State, a.Period, a.ExternalSignatureReference, a.FirstDay, a.LastDay, a.RepresentativeName, a.RepresentativeFunction,
                StudentName = PersonName.LastFirst(a.Student!.LastName, a.Student.FirstName),
                ClassCode = a.Student.SchoolClass!.Code,
                HostName = a.HostOrganisation!.Name,
                HeadName = db.Schools.Where(s => s.Id == a.SchoolId).Select(s => s.HeadName).FirstOrDefault() ?? "",
                Signatures = a.Signatures.OrderBy(s => s.SignedOn).ThenBy(s => s.Id)
                    .Select(s => new { s.Party, s.GuardianId, s.SignedOn, s.Mode, s.RecordedBy, s.RecordedAt }).ToList(),
                Guardians = a.Student.Guardians.OrderBy(g => g.Relationship).ThenBy(g => g.LastName).ThenBy(g => g.Id)
                    .Select(g => new { g.Id, FullName = PersonName.FirstLast(g.FirstName, g.LastName), g.Relationship, g.IsLegalGuardian }).ToList(),
                Scans = db.AgreementScans.Where(s => s.AgreementId == a.Id).OrderBy(s => s.UploadedAt).ThenBy(s => s.Id)
                    .Select(s => new ScanLine(s.Id, s.OriginalFileName, s.ContentType, s.Size, s.UploadedAt, s.UploadedBy)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (loaded is null) return null;

        var names = loaded.Guardians.ToDictionary(g => g.Id, g => g.FullName);
        var signatures = loaded.Signatures
            .Select(s => new SignatureLine(s.Party, s.GuardianId, s.GuardianId is { } g ? names.GetValueOrDefault(g) : null, s.SignedOn, s.Mode, s.RecordedBy, s.RecordedAt))
            .ToList();
        var legalGuardians = loaded.Guardians.Where(g => g.IsLegalGuardian)
            .Select(g => new GuardianOption(g.Id, g.FullName, g.Relationship, signatures.Any(s => s.GuardianId == g.Id)))
            .ToList();
        return new SignaturesModel(loaded.Id, loaded.Version, loaded.State, loaded.StudentName, loaded.ClassCode, loaded.HostName, loaded.Period,
            loaded.FirstDay, loaded.LastDay, loaded.HeadName, loaded.RepresentativeName, loaded.RepresentativeFunction, signatures, legalGuardians, loaded.Scans)
        {
            ExternalReference = loaded.ExternalSignatureReference,
        };
    }
}
