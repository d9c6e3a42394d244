using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>The weeks of the school year new conventions belong to, for the period choice.</summary>
public sealed record YearWeeks(string Label, DateOnly Week1Start, DateOnly Week1End, DateOnly Week2Start, DateOnly Week2End)
{
    public static YearWeeks Of(SchoolYear y) => new(y.Label, y.Week1Start, y.Week1End, y.Week2Start, y.Week2End);

    public (DateOnly First, DateOnly Last) Dates(PeriodOption period) => period switch
    {
        PeriodOption.Week1 => (Week1Start, Week1End),
        PeriodOption.Week2 => (Week2Start, Week2End),
        _ => (Week1Start, Week2End),
    };
}
