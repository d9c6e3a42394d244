namespace StageSeconde.Web.Domain;

/// <summary>A write on a record of a school year that is no longer the current one: refused, the year is frozen (<see cref="SchoolYear.FrozenMessage"/>).</summary>
public sealed class PastYearException(string yearLabel) : DomainException(SchoolYear.FrozenMessage(yearLabel))
{
    public string YearLabel { get; } = yearLabel;
}
