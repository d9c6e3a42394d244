using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Closing;

/// <summary>
/// The conventions the Direction must see before the sequence starts (issue 12): still waiting for signatures (validated
/// or in signature) while their first day is at most <see cref="ClosingOptions.UnsignedAlertDays"/> days away, or already
/// passed with the last day still to come — a pupil must not go to the host without a signed convention.
/// </summary>
public static class UnsignedAgreements
{
    public static readonly AgreementState[] WaitingForSignatures = [AgreementState.Validated, AgreementState.InSignature];

    /// <summary>The conventions of the school's current year that are concerned on <paramref name="today"/>.</summary>
    public static IQueryable<Agreement> Due(this IQueryable<Agreement> agreements, DateOnly today, int days)
    {
        var horizon = today.AddDays(days);
        return agreements.InCurrentYear()
            .Where(a => (a.State == AgreementState.Validated || a.State == AgreementState.InSignature) && a.FirstDay <= horizon && a.LastDay >= today);
    }

    public static async Task<UnsignedModel> LoadAsync(AppDbContext db, DateOnly today, int days, CancellationToken ct) =>
        new(today, days, await ClosingLists.Rows(db.Agreements.AsNoTracking().Due(today, days), ct));

    public static Task<int> CountAsync(AppDbContext db, DateOnly today, int days, CancellationToken ct) =>
        db.Agreements.AsNoTracking().Due(today, days).CountAsync(ct);

    /// <summary>« J-3 » three days before the first day, « Jour J » on it, « commencée » after.</summary>
    public static string Countdown(DateOnly firstDay, DateOnly today)
    {
        var days = firstDay.DayNumber - today.DayNumber;
        return days > 0 ? string.Create(CultureInfo.InvariantCulture, $"J-{days}") : days == 0 ? "Jour J" : "commencée";
    }
}
