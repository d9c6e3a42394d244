using System.Globalization;

namespace StageSeconde.Web.Infrastructure;

/// <summary>Timestamps are stored in UTC and shown in Europe/Paris time, in French.</summary>
public static class ParisTime
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTime ToParis(this DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static string FormatParis(this DateTime utc) => utc.ToParis().ToString("dd/MM/yyyy 'à' HH'h'mm", French);

    public static DateOnly TodayInParis(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.ToParis());

    public static string FormatFrench(this DateOnly date) => date.ToString("dd/MM/yyyy", French);
}
