using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

/// <summary>The pupil's report (issue 12): its date between the first day of observation and today, a short plain comment, an optional file.</summary>
public sealed class PupilReportTests
{
    private static readonly DateOnly FirstDay = new(2027, 6, 14);
    private static readonly DateOnly Today = new(2027, 6, 30);
    private static readonly DateTimeOffset Now = new(2027, 6, 30, 8, 0, 0, TimeSpan.Zero);

    private static PupilReport Report() => new(1, 2, 3);

    [Fact]
    public void The_date_is_required() =>
        Assert.Equal("Indiquez la date à laquelle l'élève a remis son rapport.", PupilReport.DateError(null, FirstDay, Today));

    [Fact]
    public void The_first_day_of_observation_and_today_are_the_bounds()
    {
        Assert.Null(PupilReport.DateError(FirstDay, FirstDay, Today));
        Assert.Null(PupilReport.DateError(Today, FirstDay, Today));
        Assert.Equal("La date de remise ne peut pas précéder le premier jour d'observation de l'élève, le 14/06/2027.",
            PupilReport.DateError(FirstDay.AddDays(-1), FirstDay, Today));
        Assert.Equal("La date de remise ne peut pas être dans le futur (nous sommes le 30/06/2027).",
            PupilReport.DateError(Today.AddDays(1), FirstDay, Today));
    }

    [Fact]
    public void Record_refuses_a_date_out_of_bounds_on_its_field_and_changes_nothing()
    {
        var report = Report();
        report.Record(Today, "Bien.", FirstDay, Today, "pp@lycee.fr", Now);

        var refused = Assert.Throws<DomainException>(() => report.Record(Today.AddDays(1), "Autre.", FirstDay, Today, "pp@lycee.fr", Now));

        Assert.Equal(nameof(PupilReport.HandedInOn), refused.Field);
        Assert.Equal((Today, "Bien."), (report.HandedInOn, report.Comment));
    }

    [Fact]
    public void The_comment_is_trimmed_optional_at_most_500_characters_and_without_markup()
    {
        var report = Report();
        report.Record(Today, "  Un beau rapport.  ", FirstDay, Today, "pp@lycee.fr", Now);
        Assert.Equal("Un beau rapport.", report.Comment);
        report.Record(Today, "   ", FirstDay, Today, "pp@lycee.fr", Now);
        Assert.Null(report.Comment);
        report.Record(Today, new string('a', PupilReport.CommentMaxLength), FirstDay, Today, "pp@lycee.fr", Now);
        Assert.Equal(PupilReport.CommentMaxLength, report.Comment!.Length);

        var tooLong = Assert.Throws<DomainException>(() => report.Record(Today, new string('a', PupilReport.CommentMaxLength + 1), FirstDay, Today, "pp@lycee.fr", Now));
        Assert.Equal(nameof(PupilReport.Comment), tooLong.Field);
        var markup = Assert.Throws<DomainException>(() => report.Record(Today, "<script>alert(1)</script>", FirstDay, Today, "pp@lycee.fr", Now));
        Assert.Equal(PlainText.MarkupMessage, markup.Message);
    }

    [Fact]
    public void A_file_replaced_or_detached_gives_back_the_stored_name_to_delete()
    {
        var report = Report();
        Assert.Null(report.AttachFile("rapport.pdf", "a.pdf", "application/pdf", 10));
        Assert.Equal("a.pdf", report.AttachFile("photo.png", "b.png", "image/png", 20));
        Assert.Equal(("photo.png", "image/png", 20L, true), (report.OriginalFileName, report.ContentType, report.FileSize, report.HasFile));
        Assert.Equal("b.png", report.DetachFile());
        Assert.Equal((null, null, 0L, false), (report.OriginalFileName, report.StoredFileName, report.FileSize, report.HasFile));
        Assert.Null(report.DetachFile());
        Assert.Throws<ArgumentOutOfRangeException>(() => report.AttachFile("vide.pdf", "c.pdf", "application/pdf", 0));
    }

    [Fact]
    public void Anonymising_keeps_the_date_and_gives_back_the_file()
    {
        var report = Report();
        report.Record(Today, "Commentaire.", FirstDay, Today, "pp@lycee.fr", Now);
        report.AttachFile("rapport.pdf", "a.pdf", "application/pdf", 10);

        Assert.Equal("a.pdf", report.Anonymise());

        Assert.Equal((Today, null, null, ""), (report.HandedInOn, report.Comment, report.StoredFileName, report.RecordedBy));
    }
}
