namespace StageSeconde.Web.Features.Imports;

/// <summary>The school the file says it comes from (SIECLE's UAJ) against the user's school.</summary>
public sealed record SchoolCheck(string FileUai, string SchoolUai, bool CanConfirm)
{
    public bool Matches => string.Equals(FileUai, SchoolUai, StringComparison.OrdinalIgnoreCase);
}
