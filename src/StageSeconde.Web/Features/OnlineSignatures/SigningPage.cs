using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.OnlineSignatures;

/// <summary>
/// What the signing page shows, and nothing more: this convention's dates, timetable, host, tutor and activities, the
/// lycée, who is asked to sign and where the code goes (masked). Read across schools: the link names the school.
/// </summary>
public sealed record SigningPage(
    string Token, int SchoolId, int AgreementId, int RequestId, AgreementState State, SignatureParty Party, string ExpectedName, string Email,
    string SchoolName, string? SchoolPhone, string StudentFirstName, string HostName, string HostPlace, string TutorName,
    string RepresentativeName, DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<DaySchedule> Schedule, string PlannedActivities,
    int VersionNumber, string VersionSha256, DateTime ExpiresAt)
{
    public string MaskedEmail => SignatureMail.Masked(Email);

    public static async Task<SigningPage?> LoadAsync(AppDbContext db, string token, SignatureRequest request, AgreementVersion version, AgreementLink link, CancellationToken ct)
    {
        var row = await db.Agreements.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Id == request.AgreementId && a.SchoolId == request.SchoolId)
            .Select(a => new
            {
                a.State, a.Student!.FirstName, HostName = a.HostOrganisation!.Name, a.AddressLine, a.PostalCode, a.City,
                TutorFirst = a.Tutor!.FirstName, TutorLast = a.Tutor.LastName, a.RepresentativeName, a.FirstDay, a.LastDay, a.PlannedActivities,
                Days = a.Schedule.Select(d => new { d.Day, d.Start, d.End, d.Breaks }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == request.SchoolId).Select(s => new { s.Name, s.Phone }).FirstAsync(ct);
        var schedule = row.Days.Where(d => d.Start is not null).OrderBy(d => d.Day == DayOfWeek.Sunday ? 7 : (int)d.Day)
            .Select(d => new DaySchedule(d.Day, d.Start, d.End, d.Breaks)).ToList();
        return new SigningPage(token, request.SchoolId, request.AgreementId, request.Id, row.State, request.Party, request.SignerName, request.Email,
            school.Name, school.Phone, row.FirstName, row.HostName, $"{row.AddressLine}, {row.PostalCode} {row.City}".Trim(' ', ','),
            $"{row.TutorFirst} {row.TutorLast}".Trim(), row.RepresentativeName, row.FirstDay, row.LastDay, schedule, row.PlannedActivities,
            version.Number, version.Sha256, link.ExpiresAt ?? DateTime.MaxValue);
    }
}

/// <summary>The signing form: the name typed, the consent box, the code; the convention it was shown for.</summary>
public sealed class SigningForm
{
    public int AgreementId { get; set; }
    public string? SignerName { get; set; }
    public bool Consent { get; set; }
    public string? Code { get; set; }
}

/// <summary>The refusal form: the reason; the convention it was shown for.</summary>
public sealed class RefusalForm
{
    public int AgreementId { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The signing page: the convention, the form, and whether a code was just sent.</summary>
public sealed record SigningPageModel(SigningPage Page, SigningForm Form, bool CodeSent, RefusalForm Refusal);

/// <summary>Why a link does not open the form (expired, replaced, convention changed, already answered), with the lycée's number.</summary>
public sealed record SigningRefusal(SigningRefusalKind Kind, string SchoolName, string? SchoolPhone, DateTime? At = null, string? Reason = null);

public enum SigningRefusalKind
{
    Expired,
    Revoked,
    Changed,
    AlreadySigned,
    AlreadyRefused,
    Closed,
}
