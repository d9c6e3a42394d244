using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

public sealed class FrenchIdentifiersTests
{
    /// <summary>The Luhn rule written out independently, so that every "real" number below is checked by the test itself.</summary>
    private static bool Luhn(string digits)
    {
        var sum = 0;
        var doubleIt = false;
        foreach (var c in digits.Reverse())
        {
            var d = c - '0';
            if (doubleIt) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    private static int DigitSum(string digits) => digits.Sum(c => c - '0');

    // ---- SIRET ----

    [Theory]
    [InlineData("73282932000074")]
    [InlineData("44306184100047")]
    [InlineData("35600000000048")] // La Poste, siège: its SIRET also satisfies Luhn.
    public void A_real_siret_with_a_luhn_key_is_valid(string siret)
    {
        Assert.True(Luhn(siret));
        Assert.True(FrenchIdentifiers.IsValidSiret(siret));
    }

    [Theory]
    [InlineData("732 829 320 00074")]
    [InlineData("732.829.320.00074")]
    [InlineData("732-829-320-00074")]
    [InlineData(" 356 000 000 00048 ")]
    public void A_siret_typed_with_spaces_dots_or_dashes_is_valid(string typed) =>
        Assert.True(FrenchIdentifiers.IsValidSiret(typed));

    [Fact]
    public void A_la_poste_establishment_whose_digit_sum_is_a_multiple_of_five_is_valid_without_a_luhn_key()
    {
        const string siret = "35600000012346";
        Assert.False(Luhn(siret));
        Assert.Equal(0, DigitSum(siret) % 5);

        Assert.True(FrenchIdentifiers.IsValidSiret(siret));
    }

    [Fact]
    public void A_la_poste_establishment_whose_digit_sum_is_not_a_multiple_of_five_is_invalid()
    {
        const string siret = "35600000012345";
        Assert.False(Luhn(siret));
        Assert.NotEqual(0, DigitSum(siret) % 5);

        Assert.False(FrenchIdentifiers.IsValidSiret(siret));
    }

    [Fact]
    public void The_la_poste_exception_does_not_apply_to_other_companies()
    {
        const string siret = "73282932000072";
        Assert.False(Luhn(siret));
        Assert.Equal(0, DigitSum(siret) % 5);

        Assert.False(FrenchIdentifiers.IsValidSiret(siret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("73282932000075")] // last digit changed: Luhn fails
    [InlineData("73282932000047")] // two digits swapped
    [InlineData("7328293200007")] // 13 digits
    [InlineData("732829320000740")] // 15 digits
    [InlineData("7328293200007A")]
    [InlineData("12345678901234")]
    public void A_broken_siret_is_invalid(string? siret) =>
        Assert.False(FrenchIdentifiers.IsValidSiret(siret));

    [Theory]
    [InlineData("732829320", true)]
    [InlineData("356000000", true)]
    [InlineData("732 829 320", true)]
    [InlineData("732829321", false)]
    [InlineData("73282932", false)]
    public void A_siren_is_nine_digits_with_a_luhn_key(string siren, bool valid) =>
        Assert.Equal(valid, FrenchIdentifiers.IsValidSiren(siren));

    // ---- UAI ----

    [Theory]
    [InlineData("0750654D")] // Lycée Henri-IV, Paris
    [InlineData("0750654d")]
    [InlineData(" 0750654D ")]
    public void The_uai_of_lycee_henri_iv_is_valid(string uai) =>
        Assert.True(FrenchIdentifiers.IsValidUai(uai));

    [Theory]
    [InlineData("0750654E")] // wrong key letter
    [InlineData("0750655D")] // digit changed
    [InlineData("075065D")]
    [InlineData("07506540D")]
    [InlineData("075O654D")]
    [InlineData("")]
    [InlineData(null)]
    public void A_broken_uai_is_invalid(string? uai) =>
        Assert.False(FrenchIdentifiers.IsValidUai(uai));

    [Fact]
    public void The_uai_key_letter_is_the_number_modulo_23_in_the_alphabet_without_i_o_q()
    {
        Assert.Equal('D', FrenchIdentifiers.UaiKeyLetter("0750654")); // 750654 = 23 × 32637 + 3
        Assert.Equal('A', FrenchIdentifiers.UaiKeyLetter("0000023"));
        Assert.Equal('Z', FrenchIdentifiers.UaiKeyLetter("0000022"));
        Assert.Equal('J', FrenchIdentifiers.UaiKeyLetter("0000008")); // I is skipped
    }

    // ---- INE ----

    [Theory]
    [InlineData("1234567890A")] // INE-BEA: 10 digits + 1 letter
    [InlineData("123456789AB")] // INE-RNIE: 9 digits + 2 letters
    [InlineData("1234A56789B")] // apprentissage: 4 digits, A, 5 digits, 1 letter
    [InlineData("123456789ab")]
    [InlineData("1234a56789b")] // apprentissage form typed in lower case
    [InlineData(" 1234567890A ")]
    public void A_well_shaped_ine_is_valid(string ine) =>
        Assert.True(FrenchIdentifiers.IsValidIne(ine));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234567890")] // 10 digits, no letter
    [InlineData("12345678901")] // 11 digits
    [InlineData("1234567890AB")] // 12 characters
    [InlineData("123456789A1")] // letter before the last digit
    [InlineData("1234B56789C")] // apprentissage form needs an A
    [InlineData("12345 67890A")]
    [InlineData("1234567890É")]
    [InlineData("ABCDEFGHIJK")]
    public void A_broken_ine_is_invalid(string? ine) =>
        Assert.False(FrenchIdentifiers.IsValidIne(ine));

    // ---- Phones ----

    [Theory]
    [InlineData("0612345678", "0612345678")]
    [InlineData("06 12 34 56 78", "0612345678")]
    [InlineData("06.12.34.56.78", "0612345678")]
    [InlineData("06-12-34-56-78", "0612345678")]
    [InlineData("+33 6 12 34 56 78", "0612345678")]
    [InlineData("+33612345678", "0612345678")]
    [InlineData("+33 (0)6 12 34 56 78", "0612345678")]
    [InlineData("0033 6 12 34 56 78", "0612345678")]
    [InlineData("01 45 21 30 00", "0145213000")]
    [InlineData("09.72.10.20.30", "0972102030")]
    public void A_french_phone_number_is_normalised_to_its_national_form(string typed, string expected)
    {
        Assert.Equal(expected, FrenchIdentifiers.NormalizePhone(typed));
        Assert.True(FrenchIdentifiers.IsValidPhone(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("061234567")] // 9 digits
    [InlineData("06123456789")] // 11 digits
    [InlineData("6 12 34 56 78")] // no leading 0
    [InlineData("0012345678")] // 00 is not a French number
    [InlineData("+33 06 12 34 56 78")] // the 0 kept after +33
    [InlineData("+44 20 7946 0958")] // not French
    [InlineData("06 12 34 56 7a")]
    public void A_broken_phone_number_is_refused(string? typed)
    {
        Assert.Null(FrenchIdentifiers.NormalizePhone(typed));
        Assert.False(FrenchIdentifiers.IsValidPhone(typed));
    }

    [Theory]
    [InlineData("0612345678", "06 12 34 56 78")]
    [InlineData("+33145213000", "01 45 21 30 00")]
    [InlineData("12 34", "12 34")] // not a phone number: shown as it is
    [InlineData(null, "")]
    public void A_phone_number_is_shown_in_pairs(string? stored, string shown) =>
        Assert.Equal(shown, FrenchIdentifiers.FormatPhone(stored));

    // ---- Postal codes ----

    [Theory]
    [InlineData("94000")]
    [InlineData("75005")]
    [InlineData("01000")]
    [InlineData("20000")] // Corse
    [InlineData("97400")] // La Réunion
    [InlineData("98999")]
    [InlineData(" 93100 ")]
    public void A_french_postal_code_is_valid(string code) =>
        Assert.True(FrenchIdentifiers.IsValidPostalCode(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("9400")]
    [InlineData("940000")]
    [InlineData("00999")]
    [InlineData("99000")]
    [InlineData("2A000")] // Corsica's department code is not used in postal codes
    [InlineData("94 000")]
    public void A_broken_postal_code_is_invalid(string? code) =>
        Assert.False(FrenchIdentifiers.IsValidPostalCode(code));

    // ---- E-mails ----

    [Theory]
    [InlineData("prenom.nom@exemple.fr")]
    [InlineData("ce.0750654d@ac-paris.fr")]
    [InlineData("camille+stage@laposte.net")]
    [InlineData(" contact@mairie-vitry94.fr ")]
    public void A_usual_email_address_is_valid(string email) =>
        Assert.True(FrenchIdentifiers.IsValidEmail(email));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("prenom.nom@")]
    [InlineData("@exemple.fr")]
    [InlineData("prenom nom@exemple.fr")]
    [InlineData("prenom.nom@exemple")]
    [InlineData("prenom@nom@exemple.fr")]
    [InlineData("prenom.nom@exemple.f")]
    [InlineData("prenom.nom.exemple.fr")]
    public void A_broken_email_address_is_invalid(string? email) =>
        Assert.False(FrenchIdentifiers.IsValidEmail(email));
}
