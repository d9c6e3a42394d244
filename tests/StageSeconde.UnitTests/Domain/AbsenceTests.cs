using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

public sealed class AbsenceTests
{
    private static readonly DateOnly Monday = new(2027, 6, 14);
    private static readonly DateOnly Friday = new(2027, 6, 25);
    private static readonly DateTimeOffset Morning = new(2027, 6, 15, 7, 0, 0, TimeSpan.Zero);
    private static readonly Actor Cpe = new("cpe@lycee.fr");

    private static AbsenceFacts Away(DayPart part, AbsenceKind kind = AbsenceKind.Absence) => new(Monday.AddDays(1), kind, part, null, null);

    private static AbsenceReport Report(ReportSource source = ReportSource.TutorLink, DayPart part = DayPart.WholeDay, string? comment = null) =>
        new(source, "Mme Durand, tutrice", comment, part, null, Morning);

    private static Absence Opened(AbsenceFacts facts) => Absence.Open(1, 7, 9, facts, Report(part: facts.Part), Morning.AddMinutes(30));

    [Theory]
    [InlineData(DayPart.Morning, DayPart.Morning, true)]
    [InlineData(DayPart.Morning, DayPart.Afternoon, false)]
    [InlineData(DayPart.Morning, DayPart.WholeDay, true)]
    [InlineData(DayPart.WholeDay, DayPart.Afternoon, true)]
    public void Two_reports_are_the_same_absence_when_they_share_a_half_day(DayPart first, DayPart second, bool same)
    {
        var absence = Opened(Away(first));

        Assert.Equal(same, Away(second).SameEventAs(absence));
    }

    [Fact]
    public void An_illness_and_an_absence_on_the_same_half_day_are_one_absence_and_the_illness_says_more()
    {
        var absence = Opened(Away(DayPart.Morning));

        absence.AddReport(Away(DayPart.WholeDay, AbsenceKind.Illness), Report(ReportSource.FamilyCall, DayPart.WholeDay));

        Assert.Equal(2, absence.Reports.Count);
        Assert.Equal(AbsenceKind.Illness, absence.Kind);
        Assert.Equal(DayPart.WholeDay, absence.Part);
    }

    [Fact]
    public void A_late_arrival_is_not_the_same_event_as_an_absence_that_day_nor_as_another_day()
    {
        var absence = Opened(Away(DayPart.Morning));
        var late = new AbsenceFacts(Monday.AddDays(1), AbsenceKind.LateArrival, DayPart.Morning, new TimeOnly(10, 0), null);
        var nextDay = Away(DayPart.Morning) with { Day = Monday.AddDays(2) };

        Assert.False(late.SameEventAs(absence));
        Assert.False(nextDay.SameEventAs(absence));
        Assert.Throws<InvalidOperationException>(() => absence.AddReport(nextDay, Report()));
    }

    [Fact]
    public void A_report_of_another_day_within_the_convention_up_to_tomorrow_has_no_problem()
    {
        var today = Monday.AddDays(1);

        Assert.Empty(new AbsenceFacts(Monday, AbsenceKind.Absence, DayPart.WholeDay, null, null).Problems(Monday, Friday, today));
        Assert.Empty(new AbsenceFacts(today.AddDays(1), AbsenceKind.Absence, DayPart.WholeDay, null, null).Problems(Monday, Friday, today));
    }

    [Theory]
    [InlineData(-1, "Day")]
    [InlineData(12, "Day")]
    public void A_day_outside_the_convention_is_refused(int offsetFromMonday, string field)
    {
        var facts = new AbsenceFacts(Monday.AddDays(offsetFromMonday), AbsenceKind.Absence, DayPart.WholeDay, null, null);

        var problem = Assert.Single(facts.Problems(Monday, Friday, Friday));
        Assert.Equal(field, problem.Field);
        Assert.Contains("14/06/2027", problem.Message);
    }

    [Fact]
    public void A_day_after_tomorrow_is_refused()
    {
        var facts = new AbsenceFacts(Monday.AddDays(2), AbsenceKind.Absence, DayPart.WholeDay, null, null);

        var problem = Assert.Single(facts.Problems(Monday, Friday, Monday));
        Assert.Equal(AbsenceFacts.DayField, problem.Field);
    }

    [Theory]
    [InlineData(AbsenceKind.LateArrival, "Time")]
    [InlineData(AbsenceKind.EarlyDeparture, "Time")]
    public void A_late_arrival_or_early_departure_needs_its_time(AbsenceKind kind, string field)
    {
        var facts = new AbsenceFacts(Monday, kind, DayPart.WholeDay, null, null);

        Assert.Equal(field, Assert.Single(facts.Problems(Monday, Friday, Monday)).Field);
    }

    [Fact]
    public void An_accident_needs_its_time_and_what_happened()
    {
        var facts = new AbsenceFacts(Monday, AbsenceKind.Accident, DayPart.WholeDay, null, "  ");

        Assert.Equal(["Time", "Details"], facts.Problems(Monday, Friday, Monday).Select(p => p.Field));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", true)]
    [InlineData("voir </b>", true)]
    [InlineData("<!-- x -->", true)]
    [InlineData("< img src=x>", true)]
    [InlineData("température < 38 et > 37", false)]
    [InlineData("3<5", false)]
    [InlineData("Il s'est coupé la main (légèrement)", false)]
    public void Markup_is_refused_in_free_text_but_comparisons_are_not(string text, bool markup)
    {
        Assert.Equal(markup, PlainText.HasMarkup(text));
        var facts = new AbsenceFacts(Monday, AbsenceKind.Incident, DayPart.WholeDay, null, text);
        Assert.Equal(markup, facts.Problems(Monday, Friday, Monday).Any(p => p.Field == AbsenceFacts.DetailsField));
    }

    [Fact]
    public void A_comment_too_long_or_with_markup_is_refused_with_its_field()
    {
        var tooLong = Assert.Throws<DomainException>(() => Report(comment: new string('a', AbsenceReport.CommentMaxLength + 1)));
        var script = Assert.Throws<DomainException>(() => Report(comment: "<script>x</script>"));

        Assert.Equal(nameof(AbsenceReport.Comment), tooLong.Field);
        Assert.Equal(nameof(AbsenceReport.Comment), script.Field);
        Assert.Equal(AbsenceReport.CommentMaxLength, Report(comment: new string('a', AbsenceReport.CommentMaxLength)).Comment!.Length);
    }

    [Fact]
    public void The_status_follows_acknowledgement_family_and_justification()
    {
        var absence = Opened(Away(DayPart.WholeDay));
        Assert.Equal(AbsenceStatus.New, absence.Status);

        absence.Acknowledge(Cpe, Morning.AddMinutes(5));
        absence.Acknowledge(new Actor("autre@lycee.fr"), Morning.AddMinutes(9));
        Assert.Equal((AbsenceStatus.Acknowledged, "cpe@lycee.fr"), (absence.Status, absence.AcknowledgedBy));

        absence.RecordFamilyInformed(Morning.AddMinutes(12), ContactMethod.Phone, "Mme Martin (mère)", "Elle confirme : malade.", Cpe, Morning.AddMinutes(15));
        Assert.Equal(AbsenceStatus.FamilyInformed, absence.Status);
        Assert.Equal(TimeSpan.FromMinutes(12), absence.TimeToFamily);

        absence.Justify(true, "Certificat médical", Cpe, Morning.AddHours(3));
        Assert.Equal(AbsenceStatus.Settled, absence.Status);
    }

    [Fact]
    public void Informing_the_family_acknowledges_the_alert()
    {
        var absence = Opened(Away(DayPart.WholeDay));

        absence.RecordFamilyInformed(Morning.AddMinutes(3), ContactMethod.Sms, "Le père", null, Cpe, Morning.AddMinutes(4));

        Assert.NotNull(absence.AcknowledgedAt);
        Assert.False(absence.IsOverdue(Morning.AddHours(5)));
    }

    [Fact]
    public void The_family_cannot_be_informed_in_the_future_nor_by_nobody()
    {
        var absence = Opened(Away(DayPart.WholeDay));

        var future = Assert.Throws<DomainException>(() => absence.RecordFamilyInformed(Morning.AddHours(2), ContactMethod.Phone, "La mère", null, Cpe, Morning));
        var nobody = Assert.Throws<DomainException>(() => absence.RecordFamilyInformed(Morning, ContactMethod.Phone, "  ", null, Cpe, Morning));

        Assert.Equal(nameof(Absence.FamilyInformedAt), future.Field);
        Assert.Equal(nameof(Absence.FamilyPersonReached), nobody.Field);
        Assert.Equal(AbsenceStatus.New, absence.Status);
    }

    [Fact]
    public void A_justification_needs_its_reason_even_when_not_justified()
    {
        var absence = Opened(Away(DayPart.WholeDay));

        var error = Assert.Throws<DomainException>(() => absence.Justify(false, " ", Cpe, Morning));

        Assert.Equal(nameof(Absence.JustificationReason), error.Field);
        Assert.Null(absence.Justified);
    }

    [Fact]
    public void An_alert_escalates_once_when_overdue_and_never_once_acknowledged()
    {
        var waiting = Opened(Away(DayPart.WholeDay));
        var seen = Opened(Away(DayPart.WholeDay));
        seen.Acknowledge(Cpe, Morning.AddMinutes(10));

        Assert.False(waiting.Escalate(Morning.AddMinutes(29)));
        Assert.True(waiting.Escalate(Morning.AddMinutes(30)));
        Assert.False(waiting.Escalate(Morning.AddMinutes(31)));
        Assert.False(seen.Escalate(Morning.AddHours(2)));
        Assert.Null(seen.EscalatedAt);
    }
}
