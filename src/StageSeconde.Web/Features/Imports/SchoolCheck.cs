namespace StageSeconde.Web.Features.Imports;

/// <summary>The school the file says it comes from (SIECLE's UAJ) against the user's school.</summary>
public sealed record SchoolCheck(string FileUai, string SchoolUai, bool CanConfirm)
{
    public bool Matches => string.Equals(FileUai, SchoolUai, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The school year the SIECLE export is about (ANNEE_SCOLAIRE, its first calendar year) against the school's current year.</summary>
public sealed record YearCheck(int? FileStartYear, int? CurrentStartYear)
{
    /// <summary>True when the export is of the current year, or when either year is unknown (nothing to compare).</summary>
    public bool Matches => FileStartYear is null || CurrentStartYear is null || FileStartYear == CurrentStartYear;
    public string FileLabel => FileStartYear is { } y ? $"{y}-{y + 1}" : "";
    public string CurrentLabel => CurrentStartYear is { } y ? $"{y}-{y + 1}" : "";

    /// <summary>SIECLE writes the school year as its first calendar year ("2026"); "2026-2027" is read the same way.</summary>
    public static int? StartYearOf(string? schoolYear) =>
        schoolYear is { Length: >= 4 } && int.TryParse(schoolYear.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year : null;
}
