using System.Globalization;

namespace StageSeconde.Web.Domain.Programme;

/// <summary>
/// The hours of the programme's half-days, in one place: the morning from 8 h 30 to 12 h, the afternoon from 13 h 30 to
/// 16 h 30 (a lycée's usual day; the school's opening hours are those of its office, not of its lessons). Printed on
/// the timetables and attendance sheets and shown on the attendance page.
/// </summary>
public static class ProgrammeHours
{
    public static readonly TimeOnly MorningStart = new(8, 30);
    public static readonly TimeOnly MorningEnd = new(12, 0);
    public static readonly TimeOnly AfternoonStart = new(13, 30);
    public static readonly TimeOnly AfternoonEnd = new(16, 30);

    public static (TimeOnly Start, TimeOnly End) Of(bool afternoon) =>
        afternoon ? (AfternoonStart, AfternoonEnd) : (MorningStart, MorningEnd);

    /// <summary>« Matin » or « Après-midi ».</summary>
    public static string PartName(bool afternoon) => afternoon ? "Après-midi" : "Matin";

    /// <summary>« 8 h 30 – 12 h ».</summary>
    public static string Times(bool afternoon)
    {
        var (start, end) = Of(afternoon);
        return $"{FrenchTime.TimeOfDay(start)} – {FrenchTime.TimeOfDay(end)}";
    }

    /// <summary>« lundi 14 juin » (no year): the day of a half-day as read on a timetable.</summary>
    public static string Day(DateOnly date) =>
        $"{FrenchTime.DayName(date.DayOfWeek)} {date.Day.ToString(CultureInfo.InvariantCulture)} {date.ToString("MMMM", CultureInfo.GetCultureInfo("fr-FR"))}";

    /// <summary>« lundi 14 juin, matin (8 h 30 – 12 h) ».</summary>
    public static string HalfDay(DateOnly date, bool afternoon) =>
        $"{Day(date)}, {PartName(afternoon).ToLowerInvariant()} ({Times(afternoon)})";

    /// <summary>The route segment of a half-day: « matin » or « apres-midi ».</summary>
    public static string Slug(bool afternoon) => afternoon ? "apres-midi" : "matin";

    public static bool? FromSlug(string? slug) => slug switch
    {
        "matin" => false,
        "apres-midi" => true,
        _ => null,
    };
}
