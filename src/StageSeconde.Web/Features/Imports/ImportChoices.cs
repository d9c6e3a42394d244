namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// What the user chose on the preview (options, never data: the data is always re-read from the stored file):
/// the divisions imported (null = the default preselection) and those that are STHR, and an administrator's confirmation
/// that a file of another school's UAI is to be imported here.
/// </summary>
public sealed record ImportChoices(IReadOnlySet<string>? Divisions, IReadOnlySet<string> Sthr, bool ConfirmOtherSchool)
{
    public static ImportChoices Default { get; } = new(null, new HashSet<string>(), false);
}
