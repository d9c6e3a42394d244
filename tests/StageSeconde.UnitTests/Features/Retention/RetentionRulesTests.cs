using StageSeconde.UnitTests.Domain;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Retention;

namespace StageSeconde.UnitTests.Features.Retention;

/// <summary>When data becomes purgeable, and what anonymising leaves (issue 13).</summary>
public sealed class RetentionRulesTests
{
    [Theory]
    [InlineData("2027-06-25", "2027-08-31")]
    [InlineData("2027-08-31", "2027-08-31")]
    [InlineData("2027-09-01", "2028-08-31")]
    [InlineData("2028-01-15", "2028-08-31")]
    public void The_school_year_ends_on_31_august(string day, string end) =>
        Assert.Equal(DateOnly.Parse(end), RetentionPlan.EndOfSchoolYear(DateOnly.Parse(day)));

    [Fact]
    public void Data_last_needed_in_june_is_due_the_day_after_the_period_following_the_school_year()
    {
        Assert.Equal(new DateOnly(2028, 9, 1), RetentionPlan.DueOn(new DateOnly(2027, 6, 25), 12));
        Assert.Equal(new DateOnly(2032, 9, 1), RetentionPlan.DueOn(new DateOnly(2027, 6, 25), 60));
        Assert.Equal(new DateOnly(2027, 9, 1), RetentionPlan.DueOn(new DateOnly(2027, 6, 25), 0));
    }

    [Fact]
    public void An_anonymised_pupil_keeps_class_and_birth_year_only_and_anonymising_twice_changes_nothing()
    {
        var student = Some.Student();
        student.UpdateContact("3 rue des Lilas", "69001", "Lyon", "eleve@example.fr", "0612345678");
        var classId = student.SchoolClassId;
        var birthYear = student.BirthDate.Year;

        student.Anonymise(Some.Now);
        var first = (student.LastName, student.FirstName, student.AnonymisedAt);
        student.Anonymise(Some.Now.AddDays(3));

        Assert.Equal("Anonyme", student.LastName);
        Assert.Null(student.Ine);
        Assert.Null(student.SiecleId);
        Assert.Null(student.AddressLine);
        Assert.Null(student.Email);
        Assert.Null(student.Phone);
        Assert.Equal(new DateOnly(birthYear, 1, 1), student.BirthDate);
        Assert.Equal(classId, student.SchoolClassId);
        Assert.Equal(first, (student.LastName, student.FirstName, student.AnonymisedAt));
        Assert.StartsWith("anonyme", student.SearchKey);
    }

    [Fact]
    public void An_anonymised_absence_keeps_its_facts_and_gives_its_document_to_delete_once()
    {
        var report = new AbsenceReport(ReportSource.TutorCall, "Mme Durand, tutrice", "Appel à 8 h", DayPart.WholeDay, null, Some.Now);
        var absence = Absence.Open(1, 7, 9, new AbsenceFacts(Some.FirstDay, AbsenceKind.Illness, DayPart.WholeDay, null, "Fièvre"), report, Some.Now.AddHours(1));
        absence.Justify(true, "Certificat médical", Some.Secretary, Some.Now, new StoredDocument("certificat.pdf", "abc.pdf", "application/pdf"));

        var document = absence.Anonymise(Some.Now);
        var again = absence.Anonymise(Some.Now);

        Assert.Equal("abc.pdf", document);
        Assert.Null(again);
        Assert.Null(absence.Details);
        Assert.Null(absence.JustificationReason);
        Assert.Null(absence.DocumentStoredName);
        Assert.Equal(true, absence.Justified);
        Assert.Equal((Some.FirstDay, AbsenceKind.Illness), (absence.Day, absence.Kind));
        Assert.All(absence.Reports, r => { Assert.Equal("(effacé)", r.Reporter); Assert.Null(r.Comment); });
    }

    [Fact]
    public void An_audit_entry_cuts_what_is_too_long_and_names_the_system_when_nobody_acts()
    {
        var entry = new AuditEntry(1, " ", AuditKind.Exported, new string('x', 400), null, "2001:db8::1", Some.Now);

        Assert.Equal("système", entry.UserName);
        Assert.Equal(AuditEntry.TargetMaxLength, entry.Target!.Length);
        Assert.Equal(Some.Now.UtcDateTime, entry.At);
    }
}
