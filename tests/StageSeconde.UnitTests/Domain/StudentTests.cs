using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

public sealed class StudentTests
{
    [Fact]
    public void A_present_pupil_has_not_left()
    {
        var pupil = Some.Pupil();

        Assert.False(pupil.HasLeft);
        Assert.Null(pupil.LeftOn);
    }

    [Fact]
    public void Leaving_marks_the_day_and_a_second_leave_keeps_the_first_day()
    {
        var pupil = Some.Pupil();

        pupil.Leave(new DateOnly(2027, 2, 1));
        pupil.Leave(new DateOnly(2027, 3, 1));

        Assert.True(pupil.HasLeft);
        Assert.Equal(new DateOnly(2027, 2, 1), pupil.LeftOn);
    }

    [Fact]
    public void A_pupil_who_returns_is_present_again()
    {
        var pupil = Some.Pupil();
        pupil.Leave(new DateOnly(2027, 2, 1));

        pupil.Return();

        Assert.False(pupil.HasLeft);
        Assert.Null(pupil.LeftOn);
    }

    [Fact]
    public void Details_are_normalised_and_the_search_key_follows_the_name()
    {
        var pupil = Some.Pupil();

        pupil.UpdateDetails(" 1234567890a ", "  Le   Gall ", " Élise", new DateOnly(2011, 1, 2), 4, isSthr: true);

        Assert.Equal(("1234567890A", "Le Gall", "Élise", 4, true), (pupil.Ine, pupil.LastName, pupil.FirstName, pupil.SchoolClassId, pupil.IsSthr));
        Assert.Equal("le gall elise", pupil.SearchKey);
    }

    [Fact]
    public void A_blank_ine_is_no_ine()
    {
        var pupil = Some.Pupil();

        pupil.UpdateDetails("  ", pupil.LastName, pupil.FirstName, pupil.BirthDate, pupil.SchoolClassId, pupil.IsSthr);

        Assert.Null(pupil.Ine);
    }

    [Fact]
    public void A_pupil_without_a_name_is_refused()
    {
        var pupil = Some.Pupil();

        Assert.Throws<DomainException>(() => pupil.UpdateDetails(null, "  ", "Léa", pupil.BirthDate, 3, false));
        Assert.Equal("Martin", pupil.LastName);
    }

    [Fact]
    public void Contact_details_are_normalised_blanks_as_null_and_phones_in_national_form()
    {
        var pupil = Some.Pupil();

        pupil.UpdateContact(" 3 rue  des Lilas ", " ", "Ivry", " lea@exemple.fr ", "+33 6 12 34 56 78");

        Assert.Equal(("3 rue des Lilas", (string?)null, "Ivry", "lea@exemple.fr", "0612345678"), (pupil.AddressLine, pupil.PostalCode, pupil.City, pupil.Email, pupil.Phone));
    }

    [Fact]
    public void Moving_to_another_class_keeps_everything_else()
    {
        var pupil = Some.Pupil();

        pupil.MoveToClass(9);

        Assert.Equal((9, "Martin"), (pupil.SchoolClassId, pupil.LastName));
    }
}
