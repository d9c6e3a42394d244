using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.School;

public sealed record SchoolYearRow(int Id, int StartYear, DateOnly Start, DateOnly End, bool IsCurrent, int Version)
{
    public string Label => $"{StartYear}-{StartYear + 1}";
    public DateOnly Week1End => Start.AddDays(4);
    public DateOnly Week2Start => End.AddDays(-4);
    public (DateOnly Start, DateOnly End) DefaultPeriod => SchoolYear.DefaultObservationPeriod(StartYear);
    public bool HasDefaultPeriod => (Start, End) == DefaultPeriod;
}

/// <summary>The school year page: the current year with its period, the form to change it, and the school's years.</summary>
public sealed record SchoolYearPageModel(SchoolYearRow? Current, IReadOnlyList<SchoolYearRow> Years, ObservationPeriodForm Form, int StartYearToday,
    int OpenAgreements = 0, int Classes = 0)
{
    /// <summary>The year "Créer l'année scolaire suivante" would open: after the current one, else after the latest.</summary>
    public int? NextStartYear => (Current ?? Years.FirstOrDefault())?.StartYear + 1;
    public bool NextExists => Years.Any(y => y.StartYear == NextStartYear);

    public static async Task<SchoolYearPageModel> LoadAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var years = await db.SchoolYears.AsNoTracking()
            .OrderByDescending(y => y.StartYear)
            .Select(y => new SchoolYearRow(y.Id, y.StartYear, y.ObservationStart, y.ObservationEnd, y.IsCurrent, y.Version))
            .ToListAsync(ct);
        var current = years.FirstOrDefault(y => y.IsCurrent);
        var form = current is null ? new ObservationPeriodForm() : new ObservationPeriodForm { Version = current.Version, Start = current.Start, End = current.End };
        var open = current is null ? 0 : await db.Agreements.AsNoTracking()
            .CountAsync(a => a.SchoolYearId == current.Id && a.State != AgreementState.Completed && a.State != AgreementState.Cancelled, ct);
        var classes = await db.Classes.AsNoTracking().CountAsync(c => !c.IsArchived, ct);
        return new SchoolYearPageModel(current, years, form, SchoolYear.StartYearOn(today), open, classes);
    }
}
