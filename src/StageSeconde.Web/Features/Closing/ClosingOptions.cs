namespace StageSeconde.Web.Features.Closing;

/// <summary>Configuration section <c>Closing</c>.</summary>
public sealed class ClosingOptions
{
    public const string Section = "Closing";

    /// <summary>How many days before a convention's first day it is flagged when it is still not signed (10 by default).</summary>
    public int UnsignedAlertDays { get; set; } = 10;

    /// <summary>How often the watch looks for conventions to flag to the Direction by e-mail.</summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromHours(1);
}
