using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

public sealed class StudentTests
{
    [Fact]
    public void A_present_student_has_not_left()
    {
        var student = Some.Student();

        Assert.False(student.HasLeft);
        Assert.Null(student.LeftOn);
    }

    [Fact]
    public void Leaving_marks_the_day_and_a_second_leave_keeps_the_first_day()
    {
        var student = Some.Student();

        student.Leave(new DateOnly(2027, 2, 1));
        student.Leave(new DateOnly(2027, 3, 1));

        Assert.True(student.HasLeft);
        Assert.Equal(new DateOnly(2027, 2, 1), student.LeftOn);
    }

    [Fact]
    public void A_student_who_returns_is_present_again()
    {
        var student = Some.Student();
        student.Leave(new DateOnly(2027, 2, 1));

        student.Return();

        Assert.False(student.HasLeft);
        Assert.Null(student.LeftOn);
    }

    [Fact]
    public void Details_are_normalised_and_the_search_key_follows_the_name()
    {
        var student = Some.Student();

        student.UpdateDetails(" 1234567890a ", "  Le   Gall ", " Élise", new DateOnly(2011, 1, 2), 4, isSthr: true);

        Assert.Equal(("1234567890A", "Le Gall", "Élise", 4, true), (student.Ine, student.LastName, student.FirstName, student.SchoolClassId, student.IsSthr));
        Assert.Equal("le gall elise", student.SearchKey);
    }

    [Fact]
    public void A_blank_ine_is_no_ine()
    {
        var student = Some.Student();

        student.UpdateDetails("  ", student.LastName, student.FirstName, student.BirthDate, student.SchoolClassId, student.IsSthr);

        Assert.Null(student.Ine);
    }

    [Fact]
    public void A_student_without_a_name_is_refused()
    {
        var student = Some.Student();

        Assert.Throws<DomainException>(() => student.UpdateDetails(null, "  ", "Léa", student.BirthDate, 3, false));
        Assert.Equal("Martin", student.LastName);
    }

    [Fact]
    public void Contact_details_are_normalised_blanks_as_null_and_phones_in_national_form()
    {
        var student = Some.Student();

        student.UpdateContact(" 3 rue  des Lilas ", " ", "Ivry", " lea@exemple.fr ", "+33 6 12 34 56 78");

        Assert.Equal(("3 rue des Lilas", (string?)null, "Ivry", "lea@exemple.fr", "0612345678"), (student.AddressLine, student.PostalCode, student.City, student.Email, student.Phone));
    }

    [Fact]
    public void Moving_to_another_class_keeps_everything_else()
    {
        var student = Some.Student();

        student.MoveToClass(9);

        Assert.Equal((9, "Martin"), (student.SchoolClassId, student.LastName));
    }
}
