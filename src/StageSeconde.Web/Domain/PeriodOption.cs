namespace StageSeconde.Web.Domain;

/// <summary>Which part of the observation period a convention covers. Stored as an int: keep the values.</summary>
public enum PeriodOption
{
    /// <summary>Semaine 1.</summary>
    Week1 = 1,
    /// <summary>Semaine 2.</summary>
    Week2 = 2,
    /// <summary>Deux semaines (one host for the whole period).</summary>
    BothWeeks = 3,
}
