namespace StageSeconde.Web.Domain;

/// <summary>
/// When the lycée is open (Paris time): from <see cref="Opens"/> to <see cref="Closes"/>, Monday to Friday, and Saturday
/// when <see cref="OnSaturday"/>. Alert delays are counted in these hours: an absence reported at 17:50 with a 30-minute
/// delay escalates at 8:20 the next open day, when someone is there to act on it.
/// </summary>
public sealed record SchoolHours(TimeOnly Opens, TimeOnly Closes, bool OnSaturday)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static readonly SchoolHours Default = new(new TimeOnly(8, 0), new TimeOnly(18, 0), false);

    /// <summary>The French message when the hours do not make a day, null when they do.</summary>
    public static string? Problem(TimeOnly opens, TimeOnly closes) =>
        closes <= opens ? "L'heure de fermeture doit suivre l'heure d'ouverture." : null;

    public bool IsOpenDay(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Sunday => false,
        DayOfWeek.Saturday => OnSaturday,
        _ => true,
    };

    /// <summary>The instant (UTC) when <paramref name="minutes"/> minutes of opening time have passed since <paramref name="start"/>.</summary>
    public DateTimeOffset AddOpenMinutes(DateTimeOffset start, int minutes)
    {
        if (Closes <= Opens) throw new InvalidOperationException("Closing time must follow opening time.");
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        var local = TimeZoneInfo.ConvertTime(start, Paris).DateTime;
        var left = TimeSpan.FromMinutes(minutes);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        for (var guard = 0; guard < 400; guard++)
        {
            if (IsOpenDay(day) && time < Closes)
            {
                var from = time < Opens ? Opens : time;
                var available = Closes - from;
                if (left <= available) return ToUtc(day.ToDateTime(from).Add(left));
                left -= available;
            }
            day = day.AddDays(1);
            time = TimeOnly.MinValue;
        }
        throw new InvalidOperationException("No opening time within a year.");
    }

    private static DateTimeOffset ToUtc(DateTime parisLocal)
    {
        var unspecified = DateTime.SpecifyKind(parisLocal, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, Paris), TimeSpan.Zero);
    }
}
