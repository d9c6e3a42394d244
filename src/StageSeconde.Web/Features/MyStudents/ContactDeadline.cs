using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.MyStudents;

/// <summary>
/// When a student on placement should have been contacted by their referent teacher: by the end of the first day of their
/// convention (18 h, Paris time). A contact counts from the start of that first day; one logged before (preparing the
/// placement with the tutor) does not.
/// </summary>
public static class ContactDeadline
{
    /// <summary>The end of a day of placement, Paris time.</summary>
    public static readonly TimeOnly EndOfDay = new(18, 0);

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>When contacts start to count: midnight, Paris time, at the start of <paramref name="firstDay"/> (UTC).</summary>
    public static DateTime CountsFrom(DateOnly firstDay) => ToUtc(firstDay.ToDateTime(TimeOnly.MinValue));

    /// <summary>When the first day is over: 18 h, Paris time, on <paramref name="firstDay"/> (UTC).</summary>
    public static DateTime Due(DateOnly firstDay) => ToUtc(firstDay.ToDateTime(EndOfDay));

    /// <summary>
    /// Whether a student whose convention starts on <paramref name="firstDay"/> and whose last contact was at
    /// <paramref name="lastContactAt"/> (UTC, null if never) is still without contact at <paramref name="now"/>.
    /// </summary>
    public static bool IsMissed(DateOnly firstDay, DateTime? lastContactAt, DateTimeOffset now) =>
        now.UtcDateTime >= Due(firstDay) && (lastContactAt is not { } last || last < CountsFrom(firstDay));

    /// <summary>The latest first day whose end has passed at <paramref name="now"/> (conventions starting later are not due yet).</summary>
    public static DateOnly LastDueFirstDay(DateTimeOffset now)
    {
        var paris = TimeZoneInfo.ConvertTimeFromUtc(now.UtcDateTime, Paris);
        var today = DateOnly.FromDateTime(paris);
        return TimeOnly.FromDateTime(paris) >= EndOfDay ? today : today.AddDays(-1);
    }

    /// <summary>A Paris wall-clock time as UTC.</summary>
    public static DateTime ToUtc(DateTime parisLocal) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(parisLocal, DateTimeKind.Unspecified), Paris);

    /// <summary>The conventions whose student goes to the host: validated, being signed, signed or completed.</summary>
    public static bool IsInForce(AgreementState state) =>
        state is AgreementState.Validated or AgreementState.InSignature or AgreementState.Signed or AgreementState.Completed;
}
