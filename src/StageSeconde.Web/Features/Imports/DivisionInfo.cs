namespace StageSeconde.Web.Features.Imports;

/// <summary>A division (class) found in a SIECLE export: its code, its students still in the lycée, and their most common MEF code.</summary>
public sealed record DivisionInfo(string Code, int Students, string? MefCode)
{
    /// <summary>Divisions of 2nde have a code that starts with 2 in most lycées (2NDE3, 201…): preselected.</summary>
    public bool LooksLikeSeconde => Code.StartsWith('2');

    /// <summary>A division whose code says STHR (2STHR, 2NDE-STHR…): preselected as STHR.</summary>
    public bool LooksLikeSthr => LooksLikeSeconde && Code.Contains("STHR", StringComparison.OrdinalIgnoreCase);
}
