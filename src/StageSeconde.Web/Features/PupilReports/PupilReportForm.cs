using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.PupilReports;

/// <summary>The report form: the day handed in, a comment, and whether to remove the file already there (the file itself is a separate part).</summary>
public sealed class PupilReportForm : IVersionedForm
{
    public DateOnly? HandedInOn { get; set; }
    public string? Comment { get; set; }
    public bool RemoveFile { get; set; }
    public int Version { get; set; }
}
