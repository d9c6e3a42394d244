namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// What the user chose on the preview (options, never data: the data is always re-read from the stored file):
/// the divisions imported (null = the default preselection) and those that are STHR, and an administrator's confirmation
/// that a file of another school's UAI is to be imported here, and the confirmation that an export of another school year than
/// the current one is to be imported all the same.
/// </summary>
public sealed record ImportChoices(IReadOnlySet<string>? Divisions, IReadOnlySet<string> Sthr, bool ConfirmOtherSchool, bool ConfirmOtherYear = false)
{
    public static ImportChoices Default { get; } = new(null, new HashSet<string>(), false);
}
