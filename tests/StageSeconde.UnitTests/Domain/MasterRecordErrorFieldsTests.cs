using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Placement;
using StageSeconde.Web.Features.School;

namespace StageSeconde.UnitTests.Domain;

/// <summary>
/// The period's and the declarations' rules name the field they concern, and it is the property of the form that asks
/// for it: the controllers place the message with <c>AddDomainError</c> and derive nothing.
/// </summary>
public sealed class MasterRecordErrorFieldsTests
{
    [Theory]
    [InlineData("2027-06-15", "2027-06-26", nameof(ObservationPeriodForm.Start))]   // a Tuesday
    [InlineData("2027-06-14", "2027-06-18", nameof(ObservationPeriodForm.End))]     // one week only
    [InlineData("2027-08-23", "2027-09-03", nameof(ObservationPeriodForm.Start))]   // after the school year
    public void A_wrong_period_concerns_the_day_at_fault(string start, string end, string field)
    {
        var year = Some.Year();

        var error = Assert.Throws<DomainException>(() => year.ChangeObservationPeriod(DateOnly.Parse(start), DateOnly.Parse(end)));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_missing_or_long_note_concerns_the_note_and_a_student_who_left_the_whole_form()
    {
        var missing = Assert.Throws<DomainException>(() => PlacementDeclaration.Declare(Some.Student(), DeclarationKind.Searching, " ", Some.Secretary, Some.Now));
        var tooLong = Assert.Throws<DomainException>(() =>
            PlacementDeclaration.Declare(Some.Student(), DeclarationKind.Snu, new string('x', PlacementDeclaration.NoteMaxLength + 1), Some.Secretary, Some.Now));
        var left = Assert.Throws<DomainException>(() => PlacementDeclaration.Declare(Some.StudentWhoLeft(5), DeclarationKind.Searching, null, Some.Secretary, Some.Now));

        Assert.Equal(nameof(DeclarationForm.Note), missing.Field);
        Assert.Equal(nameof(DeclarationForm.Note), tooLong.Field);
        Assert.Null(left.Field);
        Assert.Contains("quitté le lycée", left.Message);
    }
}
