using System.Globalization;

namespace StageSeconde.Web.Domain.Programme;

/// <summary>A morning or an afternoon of the period: "mardi 16 juin matin", "mardi 16 juin après-midi".</summary>
public readonly record struct HalfDay(DateOnly Date, bool Afternoon) : IComparable<HalfDay>
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static HalfDay Morning(DateOnly date) => new(date, false);
    public static HalfDay AfternoonOf(DateOnly date) => new(date, true);

    /// <summary>The other half of the same day.</summary>
    public HalfDay Other => new(Date, !Afternoon);

    /// <summary>"mardi 16 juin".</summary>
    public string DayLabel => DayLabelOf(Date);

    /// <summary>"mardi 16 juin matin".</summary>
    public string Label => DayLabel + (Afternoon ? " après-midi" : " matin");

    public static string DayLabelOf(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{FrenchTime.DayName(date.DayOfWeek)} {date.Day} {Months[date.Month - 1]}");

    /// <summary>The Monday–Friday half-days from <paramref name="first"/> to <paramref name="last"/>, in order (two weeks: 20).</summary>
    public static IReadOnlyList<HalfDay> Weekdays(DateOnly first, DateOnly last)
    {
        var list = new List<HalfDay>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            list.Add(Morning(date));
            list.Add(AfternoonOf(date));
        }
        return list;
    }

    public int CompareTo(HalfDay other)
    {
        var byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : Afternoon.CompareTo(other.Afternoon);
    }

    public static bool operator <(HalfDay left, HalfDay right) => left.CompareTo(right) < 0;
    public static bool operator >(HalfDay left, HalfDay right) => left.CompareTo(right) > 0;
    public static bool operator <=(HalfDay left, HalfDay right) => left.CompareTo(right) <= 0;
    public static bool operator >=(HalfDay left, HalfDay right) => left.CompareTo(right) >= 0;

    public override string ToString() => Label;
}
