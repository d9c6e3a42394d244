using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>The cancellation page: the convention in short and the form.</summary>
public sealed record CancelPageModel(int Id, string StudentName, string HostName, PeriodOption Period, DateOnly FirstDay, DateOnly LastDay, AgreementState State, CancelForm Form)
{
    /// <summary>The page of convention <paramref name="id"/>, with <paramref name="form"/> as posted or a blank one; null if not found.</summary>
    public static async Task<CancelPageModel?> LoadAsync(AppDbContext db, int id, CancelForm? form, CancellationToken ct)
    {
        var row = await db.Agreements.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Id, a.Version, a.Student!.LastName, a.Student.FirstName, HostName = a.HostOrganisation!.Name, a.Period, a.FirstDay, a.LastDay, a.State })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new CancelPageModel(row.Id, PersonName.LastFirst(row.LastName, row.FirstName), row.HostName, row.Period, row.FirstDay, row.LastDay,
            row.State, form ?? new CancelForm { Version = row.Version });
    }
}
