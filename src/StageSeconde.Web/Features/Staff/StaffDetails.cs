using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Staff;

public sealed record PrincipalClassRow(int Id, string Code, string Label, bool IsArchived);

public sealed record StaffDetailsModel(
    int Id, string FullName, string LastName, string FirstName, string Function, string Email, string? Phone,
    bool AvailableDuringPeriod, bool IsArchived, DateTime UpdatedAt, string? UpdatedBy,
    IReadOnlyList<PrincipalClassRow> Classes, int FollowedAgreements)
{
    /// <summary>The member's convocations as examiner, from the start of the current school year, by date.</summary>
    public IReadOnlyList<(DateOnly Date, DayPart Part, string? Note)> ExaminerDuties { get; init; } = [];

    /// <summary>The login, read after the record.</summary>
    public StaffAccount Account { get; init; } = StaffAccount.None;

    /// <summary>The record is in use (<see cref="RecordsInUse"/>): the delete page offers to archive it instead.</summary>
    public bool InUse { get; init; }

    /// <summary>The version the page shows, checked when archiving.</summary>
    public int Version { get; init; }

    /// <summary>Why the record cannot be deleted (empty when it can): it is referenced by a class or a login.</summary>
    public IReadOnlyList<string> DeleteBlockers
    {
        get
        {
            var blockers = new List<string>();
            if (Classes.Count > 0) blockers.Add($"professeur principal de {Classes.Count} classe(s) : {string.Join(", ", Classes.Select(c => c.Code))}");
            if (Account.Exists) blockers.Add("titulaire d'un compte de connexion à StageSeconde");
            if (FollowedAgreements > 0) blockers.Add($"professeur référent de {FollowedAgreements} convention(s)");
            return blockers;
        }
    }

    public static async Task<StaffDetailsModel?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var model = await db.Staff.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new StaffDetailsModel(s.Id, PersonName.FirstLast(s.FirstName, s.LastName), s.LastName, s.FirstName, s.Function, s.Email, s.Phone,
                s.AvailableDuringPeriod, s.IsArchived, s.UpdatedAt, s.UpdatedBy,
                s.PrincipalOfClasses.OrderBy(c => c.Code).Select(c => new PrincipalClassRow(c.Id, c.Code, c.Label, c.IsArchived)).ToList(),
                db.Agreements.Count(a => a.ReferentTeacherId == s.Id)) { Version = s.Version })
            .FirstOrDefaultAsync(ct);
        if (model is null) return null;
        var accounts = await StaffAccounts.ForAsync(db, [id], ct);
        var since = (await db.CurrentYearAsync(ct))?.FirstDay ?? DateOnly.MinValue;
        var duties = (await db.ExaminerDuties.AsNoTracking().Where(d => d.StaffMemberId == id && d.Date >= since)
            .OrderBy(d => d.Date).Select(d => new { d.Date, d.Part, d.Note }).ToListAsync(ct)).Select(d => (d.Date, d.Part, d.Note)).ToList();
        return model with { Account = accounts.For(id), InUse = await db.StaffInUseAsync(id, ct), ExaminerDuties = duties };
    }
}
