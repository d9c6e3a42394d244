using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

/// <summary>The one normaliser that forms and imports share.</summary>
public sealed class NormalizedTests
{
    [Theory]
    [InlineData("06 12 34 56 78", "0612345678")]
    [InlineData("+33 (0)6 12 34 56 78", "0612345678")]
    [InlineData("0033612345678", "0612345678")]
    [InlineData("+32 2 555 12 34", "+3225551234")]
    [InlineData("0032 2 555 12 34", "+3225551234")]
    [InlineData("  ", null)]
    public void A_phone_is_national_when_french_and_compact_when_foreign(string typed, string? stored)
    {
        Assert.True(Normalized.TryPhone(typed, out var phone));
        Assert.Equal(stored, phone);
        Assert.Equal(stored, Normalized.Phone(typed));
    }

    [Theory]
    [InlineData("12")]
    [InlineData("+33 6 12")]
    [InlineData("pas de téléphone")]
    public void Something_else_is_not_a_phone(string typed) => Assert.False(Normalized.TryPhone(typed, out _));

    [Theory]
    [InlineData("  Jean \t Pierre  ", "Jean Pierre")]
    [InlineData(" ", null)]
    [InlineData(null, null)]
    public void Text_is_trimmed_with_single_spaces_and_blank_is_null(string? typed, string? stored) => Assert.Equal(stored, Normalized.Text(typed));

    [Fact]
    public void Identifiers_are_stored_in_one_form()
    {
        Assert.Equal("1234567890A", Normalized.Ine(" 1234567890a "));
        Assert.Null(Normalized.Ine(" "));
        Assert.Equal("73282932000074", Normalized.Siret("732 829.320-00074"));
        Assert.Equal("2NDE 3", Normalized.ClassCode(" 2nde \t 3"));
        Assert.Equal("e.durand@ac-creteil.fr", Normalized.LoginEmail(" E.Durand@AC-Creteil.fr "));
        Assert.Equal("E.Durand@AC-Creteil.fr", Normalized.Email(" E.Durand@AC-Creteil.fr "));
    }
}
