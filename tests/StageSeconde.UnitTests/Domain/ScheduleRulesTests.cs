using StageSeconde.Web.Domain;
using static StageSeconde.UnitTests.Domain.Some;

namespace StageSeconde.UnitTests.Domain;

public sealed class ScheduleRulesTests
{
    private const DayOfWeek Monday = DayOfWeek.Monday;
    private const DayOfWeek Tuesday = DayOfWeek.Tuesday;
    private const DayOfWeek Saturday = DayOfWeek.Saturday;

    private static IReadOnlyList<string> Check(int age, params DaySchedule[] days) => ScheduleRules.Check(days, age);

    [Fact]
    public void A_lawful_week_has_no_violation() =>
        Assert.Empty(ScheduleRules.Check(LawfulWeek(), 15));

    // Daily presence: at most 7 h (end − start − lunch break).

    [Fact]
    public void Seven_hours_of_presence_is_within_the_daily_limit() =>
        Assert.Empty(Check(15, Day(Tuesday, "08:30", "16:30", "12:00", "13:00")));

    [Fact]
    public void Seven_hours_one_minute_is_over_the_daily_limit() =>
        Assert.Equal(["mardi : 7 h 01 de présence, maximum 7 h"], Check(15, Day(Tuesday, "08:30", "16:31", "12:00", "13:00")));

    [Fact]
    public void The_daily_limit_message_gives_the_day_the_presence_and_the_maximum() =>
        Assert.Equal(["mardi : 7 h 30 de présence, maximum 7 h"], Check(15, Day(Tuesday, "08:00", "16:30", "12:00", "13:00")));

    // Break: at least 30 consecutive minutes once the day's presence exceeds 4 h 30.

    [Fact]
    public void Four_hours_thirty_without_a_break_is_allowed() =>
        Assert.Empty(Check(15, Day(Monday, "08:00", "12:30")));

    [Fact]
    public void Four_hours_thirty_one_without_a_break_is_a_violation() =>
        Assert.Equal(
            ["lundi : 4 h 31 de présence sans pause, une pause d'au moins 30 min est obligatoire au-delà de 4 h 30"],
            Check(15, Day(Monday, "08:00", "12:31")));

    [Fact]
    public void A_29_minute_lunch_break_is_too_short_beyond_four_hours_thirty() =>
        Assert.Equal(
            ["lundi : pause de 29 min, au moins 30 min obligatoires au-delà de 4 h 30 de présence"],
            Check(15, Day(Monday, "09:00", "15:29", "12:00", "12:29")));

    [Fact]
    public void A_30_minute_lunch_break_is_enough() =>
        Assert.Empty(Check(15, Day(Monday, "09:00", "15:30", "12:00", "12:30")));

    [Fact]
    public void A_short_break_is_fine_when_the_day_does_not_exceed_four_hours_thirty() =>
        Assert.Empty(Check(15, Day(Monday, "08:00", "12:40", "10:00", "10:10")));

    // Night: no presence between 20 h and 6 h under 16, between 22 h and 6 h from 16 on.

    [Fact]
    public void Under_16_ending_at_20_h_is_allowed() =>
        Assert.Empty(Check(15, Day(Monday, "13:00", "20:00", "16:00", "16:30")));

    [Fact]
    public void Under_16_ending_at_20_h_01_is_night_work() =>
        Assert.Equal(
            ["lundi : présence jusqu'à 20 h 01, interdite entre 20 h et 6 h avant 16 ans"],
            Check(15, Day(Monday, "13:01", "20:01", "16:00", "16:30")));

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    public void From_16_ending_at_22_h_is_allowed(int age) =>
        Assert.Empty(Check(age, Day(Monday, "15:00", "22:00", "18:00", "18:30")));

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    public void From_16_ending_at_22_h_01_is_night_work(int age) =>
        Assert.Equal(
            ["lundi : présence jusqu'à 22 h 01, interdite entre 22 h et 6 h à partir de 16 ans"],
            Check(age, Day(Monday, "15:01", "22:01", "18:00", "18:30")));

    [Fact]
    public void From_16_ending_at_20_h_30_is_allowed() =>
        Assert.Empty(Check(16, Day(Monday, "14:00", "20:30", "17:00", "17:30")));

    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    public void Starting_at_6_h_is_allowed(int age) =>
        Assert.Empty(Check(age, Day(Monday, "06:00", "10:00")));

    [Theory]
    [InlineData(15, "lundi : présence dès 5 h 59, interdite entre 20 h et 6 h avant 16 ans")]
    [InlineData(16, "lundi : présence dès 5 h 59, interdite entre 22 h et 6 h à partir de 16 ans")]
    [InlineData(17, "lundi : présence dès 5 h 59, interdite entre 22 h et 6 h à partir de 16 ans")]
    public void Starting_at_5_h_59_is_night_work(int age, string expected) =>
        Assert.Equal([expected], Check(age, Day(Monday, "05:59", "10:00")));

    [Fact]
    public void An_adult_gets_the_limits_of_a_16_or_17_year_old()
    {
        Assert.Empty(Check(18, Day(Monday, "15:00", "22:00", "18:00", "18:30")));
        Assert.Single(Check(18, Day(Monday, "15:01", "22:01", "18:00", "18:30")));
    }

    // Daily rest between two consecutive working days: 14 h under 16, 12 h from 16 on.

    [Fact]
    public void Under_16_fourteen_hours_of_rest_is_enough() =>
        Assert.Empty(Check(15, Day(Monday, "11:00", "18:00", "13:00", "14:00"), Day(Tuesday, "08:00", "15:00", "12:00", "13:00")));

    [Fact]
    public void Under_16_thirteen_hours_fifty_nine_of_rest_is_too_short() =>
        Assert.Equal(
            ["entre lundi et mardi : 13 h 59 de repos, minimum 14 h"],
            Check(15, Day(Monday, "11:00", "18:00", "13:00", "14:00"), Day(Tuesday, "07:59", "15:00", "12:00", "13:00")));

    [Fact]
    public void From_16_twelve_hours_of_rest_is_enough() =>
        Assert.Empty(Check(16, Day(Monday, "13:00", "20:00", "16:00", "16:30"), Day(Tuesday, "08:00", "15:00", "12:00", "13:00")));

    [Fact]
    public void From_16_eleven_hours_fifty_nine_of_rest_is_too_short() =>
        Assert.Equal(
            ["entre lundi et mardi : 11 h 59 de repos, minimum 12 h"],
            Check(17, Day(Monday, "13:00", "20:00", "16:00", "16:30"), Day(Tuesday, "07:59", "15:00", "12:00", "13:00")));

    [Fact]
    public void Rest_is_only_checked_between_consecutive_days() =>
        Assert.Empty(Check(15, Day(Monday, "13:00", "20:00", "16:00", "16:30"), Day(DayOfWeek.Wednesday, "06:00", "10:00")));

    // Weekly time: at most 35 h.

    [Fact]
    public void Thirty_five_hours_a_week_is_within_the_limit()
    {
        var week = new[] { Monday, Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => Day(d, "08:30", "16:30", "12:00", "13:00"))
            .ToArray();

        Assert.Empty(Check(15, week));
    }

    [Fact]
    public void Thirty_five_hours_five_minutes_a_week_is_over_the_limit()
    {
        // Seven hours is the daily maximum, so 35 h 05 needs a sixth day; Monday is off to keep the weekly rest.
        var week = new[] { Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, Saturday }
            .Select(d => Day(d, "08:30", "16:30", "12:00", "13:00"))
            .Append(Day(Monday, "09:00", "09:05"))
            .ToArray();

        var violations = Check(15, week);

        Assert.Contains("semaine : 35 h 05 de présence, maximum 35 h", violations);
    }

    // Weekly rest: two consecutive days off, Sunday included. The timetable covers Monday to Saturday and Sunday is
    // always off, so the rule is broken exactly when Saturday and Monday are both worked.

    [Fact]
    public void Working_saturday_and_monday_leaves_only_sunday_off() =>
        Assert.Equal(
            ["samedi et lundi travaillés : deux jours de repos consécutifs dont le dimanche sont obligatoires, libérez le samedi ou le lundi"],
            Check(15, Day(Monday, "09:00", "12:00"), Day(Saturday, "09:00", "12:00")));

    [Fact]
    public void Working_saturday_with_monday_off_gives_sunday_and_monday_off() =>
        Assert.Empty(Check(15, Day(Tuesday, "09:00", "12:00"), Day(Saturday, "09:00", "12:00")));

    [Fact]
    public void Saturday_and_monday_off_is_lawful()
    {
        // The case "Saturday + Monday off is not consecutive": Saturday and Monday are not consecutive with each
        // other, but each is consecutive with Sunday (always off), so Saturday–Sunday–Monday gives the two consecutive
        // days off, Sunday included, that the rule asks for: no violation.
        var tuesdayToFriday = new[] { Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => Day(d, "09:00", "16:00", "12:00", "13:00"))
            .ToArray();

        Assert.Empty(Check(15, tuesdayToFriday));
    }

    // At least one working day; coherent days.

    [Fact]
    public void A_week_of_days_off_is_refused()
    {
        Assert.Equal(["Aucun jour de présence n'est prévu"], Check(15, DaySchedule.Off(Monday), DaySchedule.Off(Tuesday)));
        Assert.Equal(["Aucun jour de présence n'est prévu"], Check(15));
    }

    [Fact]
    public void The_end_must_be_after_the_start() =>
        Assert.Equal(["lundi : la fin (8 h) doit être après le début (9 h)"], Check(15, Day(Monday, "09:00", "08:00")));

    [Fact]
    public void The_lunch_break_must_be_inside_the_day() =>
        Assert.Equal(
            ["lundi : la pause (12 h – 13 h) doit être comprise dans la journée (8 h – 12 h 30)"],
            Check(15, Day(Monday, "08:00", "12:30", "12:00", "13:00")));

    [Fact]
    public void The_lunch_break_must_end_after_it_starts() =>
        Assert.Equal(
            ["lundi : la fin de la pause (12 h) doit être après son début (13 h)"],
            Check(15, Day(Monday, "08:00", "16:00", "13:00", "12:00")));

    [Fact]
    public void A_day_needs_both_its_start_and_its_end()
    {
        Assert.Equal(["lundi : heure de fin manquante"], Check(15, new DaySchedule(Monday, T("08:00"), null), Day(Tuesday, "09:00", "12:00")));
        Assert.Equal(["lundi : heure de début manquante"], Check(15, new DaySchedule(Monday, null, T("12:00")), Day(Tuesday, "09:00", "12:00")));
    }

    [Fact]
    public void Sunday_is_always_a_day_off() =>
        Assert.Contains("dimanche : le dimanche est toujours un jour de repos", Check(15, Day(DayOfWeek.Sunday, "09:00", "12:00"), Day(Monday, "09:00", "12:00")));

    [Fact]
    public void A_day_given_twice_is_reported() =>
        Assert.Contains("lundi : horaire indiqué plusieurs fois", Check(15, Day(Monday, "09:00", "12:00"), Day(Monday, "13:00", "16:00")));

    [Fact]
    public void Every_broken_limit_of_a_day_is_reported() =>
        Assert.Equal(
            [
                "mardi : 8 h de présence, maximum 7 h",
                "mardi : 8 h de présence sans pause, une pause d'au moins 30 min est obligatoire au-delà de 4 h 30",
                "mardi : présence jusqu'à 20 h 30, interdite entre 20 h et 6 h avant 16 ans",
            ],
            Check(15, Day(Tuesday, "12:30", "20:30")));

    [Fact]
    public void Four_hours_thirty_before_the_break_is_allowed() =>
        Assert.Empty(Check(15, Day(Monday, "08:00", "15:00", "12:30", "13:00")));

    [Fact]
    public void Four_hours_thirty_one_without_interruption_before_the_break_is_over_the_limit() =>
        Assert.Equal(["lundi : 4 h 31 de présence sans interruption de 8 h à 12 h 31, maximum 4 h 30"],
            Check(15, Day(Monday, "08:00", "15:01", "12:31", "13:01")));

    [Fact]
    public void A_break_placed_late_leaves_a_too_long_morning() =>
        Assert.Equal(["lundi : 6 h 30 de présence sans interruption de 8 h à 14 h 30, maximum 4 h 30"],
            Check(15, Day(Monday, "08:00", "15:30", "14:30", "15:00")));

    [Fact]
    public void Four_hours_thirty_one_after_the_break_is_over_the_limit() =>
        Assert.Equal(["lundi : 4 h 31 de présence sans interruption de 11 h 30 à 16 h 01, maximum 4 h 30"],
            Check(15, Day(Monday, "09:00", "16:01", "11:00", "11:30")));

    // Several breaks a day: presence = end − start − every break; every break interrupts; one of them lasts 30 min.

    [Fact]
    public void Presence_deducts_every_break() =>
        Assert.Equal(TimeSpan.FromHours(6.75), Day(Monday, "08:30", "16:30", ("12:00", "13:00"), ("15:00", "15:15")).Presence);

    [Fact]
    public void Two_stretches_of_at_most_four_hours_thirty_around_a_30_minute_break_are_allowed() =>
        Assert.Empty(Check(15, Day(Monday, "08:00", "15:30", ("12:30", "13:00"))));

    [Fact]
    public void Without_its_short_pause_the_same_afternoon_is_too_long() =>
        Assert.Equal(["lundi : 4 h 45 de présence sans interruption de 13 h à 17 h 45, maximum 4 h 30"],
            Check(15, Day(Monday, "10:30", "17:45", ("12:30", "13:00"))));

    [Fact]
    public void A_short_pause_cuts_a_long_afternoon_in_two_lawful_stretches() =>
        Assert.Empty(Check(15, Day(Monday, "10:30", "17:45", ("12:30", "13:00"), ("15:00", "15:15"))));

    [Fact]
    public void Four_hours_thirty_one_between_two_breaks_is_over_the_limit() =>
        Assert.Equal(["lundi : 4 h 31 de présence sans interruption de 10 h 15 à 14 h 46, maximum 4 h 30"],
            Check(15, Day(Monday, "08:00", "15:40", ("10:00", "10:15"), ("14:46", "15:16"))));

    [Fact]
    public void Two_short_pauses_do_not_make_the_30_minute_break() =>
        Assert.Equal(["lundi : la plus longue pause dure 20 min, au moins 30 min consécutives obligatoires au-delà de 4 h 30 de présence"],
            Check(15, Day(Monday, "09:00", "15:00", ("11:00", "11:20"), ("13:00", "13:20"))));

    [Fact]
    public void Two_pauses_that_touch_are_one_pause_of_consecutive_minutes() =>
        Assert.Empty(Check(15, Day(Monday, "09:00", "15:30", ("12:00", "12:15"), ("12:15", "12:30"))));

    [Fact]
    public void Overlapping_breaks_are_reported() =>
        Assert.Equal(["lundi : les pauses 12 h – 13 h et 12 h 30 – 13 h 15 se chevauchent"],
            Check(15, Day(Monday, "09:00", "16:00", ("12:30", "13:15"), ("12:00", "13:00"))));

    [Fact]
    public void Every_break_must_be_inside_the_day() =>
        Assert.Equal(["lundi : la pause (16 h – 16 h 15) doit être comprise dans la journée (9 h – 16 h)"],
            Check(15, Day(Monday, "09:00", "16:00", ("12:00", "13:00"), ("16:00", "16:15"))));

    [Fact]
    public void More_than_three_breaks_are_refused() =>
        Assert.Contains("lundi : 4 pauses, 3 au plus",
            Check(15, Day(Monday, "08:00", "17:00", ("09:00", "09:10"), ("10:00", "10:10"), ("12:00", "13:00"), ("15:00", "15:10"))));

    [Fact]
    public void The_breaks_are_kept_in_order_and_stored_as_one_text()
    {
        var day = Day(Monday, "08:00", "17:00", ("15:30", "15:45"), ("12:00", "13:00"));

        Assert.Equal([Break("12:00", "13:00"), Break("15:30", "15:45")], day.Breaks);
        Assert.Equal("12:00-13:00;15:30-15:45", DayBreak.Format(day.Breaks));
        Assert.Equal(day.Breaks, DayBreak.Parse("12:00-13:00;15:30-15:45"));
        Assert.Empty(DayBreak.Parse(""));
        Assert.Equal("lundi : 8 h – 17 h, pauses 12 h – 13 h et 15 h 30 – 15 h 45", day.ToString());
    }

    // Dates: the timetable is weekly, the convention runs Monday to Friday (ADR 0016).

    private static readonly DateOnly Week1Monday = new(2027, 6, 14), Week1Friday = new(2027, 6, 18), Week2Friday = new(2027, 6, 25);

    private static DaySchedule[] TuesdayToSaturday() =>
        [.. new[] { Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, Saturday }.Select(d => Day(d, "09:00", "16:00", "12:00", "13:00"))];

    [Fact]
    public void A_one_week_convention_cannot_have_its_saturday_worked() =>
        Assert.Equal(
            ["samedi travaillé alors qu'aucun samedi n'est compris dans les dates de la convention (du lundi 14/06/2027 au vendredi 18/06/2027) : l'élève ne peut pas être accueilli un jour que la convention ne couvre pas, laissez ce jour en repos"],
            ScheduleRules.Check(TuesdayToSaturday(), 15, Week1Monday, Week1Friday));

    [Fact]
    public void A_two_week_convention_may_have_the_saturday_between_its_weeks_worked()
    {
        Assert.Empty(ScheduleRules.Check(TuesdayToSaturday(), 15, Week1Monday, Week2Friday));
        var saturdays = ScheduleRules.PlannedDays(TuesdayToSaturday(), Week1Monday, Week2Friday).Where(d => d.Date.DayOfWeek == Saturday);
        Assert.Equal([new DateOnly(2027, 6, 19)], saturdays.Select(d => d.Date));
    }

    [Fact]
    public void A_convention_that_would_end_on_its_saturday_covers_it() =>
        Assert.Empty(ScheduleRules.OutsideDates(TuesdayToSaturday(), Week1Monday, Week1Friday.AddDays(1)));

    [Fact]
    public void The_planned_days_are_the_worked_days_between_the_first_and_the_last_day() =>
        Assert.Equal(9, ScheduleRules.PlannedDays(TuesdayToSaturday(), Week1Monday, Week2Friday).Count);
}
