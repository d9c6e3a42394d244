using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.ExaminerDuties;
using StageSeconde.Web.Infrastructure.Imports;

namespace StageSeconde.UnitTests.Features.ExaminerDuties;

public sealed class ExaminerDutyCsvTests
{
    private static readonly DutyStaff[] Staff =
    [
        new(1, "Lefèvre", "Mathieu", "mathieu.lefevre@lycee.fr"),
        new(2, "Martin", "Léa", "lea.martin@lycee.fr"),
        new(3, "Martin", "Léa", "lea.martin2@lycee.fr"),
    ];

    private static (IReadOnlyList<DutyLine> Lines, IReadOnlyList<string> Errors) Read(string csv) =>
        ExaminerDutyCsv.Read(CsvTable.Parse(csv), Staff);

    [Fact]
    public void Lines_are_read_by_name_or_by_email_whatever_the_case_and_accents()
    {
        var (lines, errors) = Read("Nom;Prénom;Courriel;Date;Demi-journée;Note\nLEFEVRE;mathieu;;16/06/2027;Matin;Oral\n;;LEA.MARTIN2@lycee.fr;17/06/2027;après-midi;\n;;lea.martin@lycee.fr;18/06/2027;Journée;Écrit");

        Assert.Empty(errors);
        Assert.Equal([(1, new DateOnly(2027, 6, 16), DayPart.Morning, "Oral"), (3, new DateOnly(2027, 6, 17), DayPart.Afternoon, null), (2, new DateOnly(2027, 6, 18), DayPart.WholeDay, "Écrit")],
            lines.Select(l => (l.StaffId, l.Date, l.Part, l.Note)));
    }

    [Fact]
    public void Every_wrong_line_is_listed_in_french_with_its_number()
    {
        var (_, errors) = Read("Nom;Prénom;Date;Demi-journée\nInconnu;Paul;16/06/2027;matin\nMartin;Léa;16/06/2027;matin\nLefèvre;Mathieu;31/02/2027;soir\nLefèvre;Mathieu;20/06/2027;matin\nLefèvre;Mathieu;;");

        Assert.Equal(
        [
            "Ligne 2 : aucun personnel ne s'appelle « Paul Inconnu ».",
            "Ligne 3 : plusieurs personnels s'appellent « Léa Martin » : indiquez le courriel.",
            "Ligne 4 : « 31/02/2027 » n'est pas une date (JJ/MM/AAAA) ; « soir » : indiquez matin, après-midi ou journée.",
            "Ligne 5 : le 20/06/2027 est un dimanche.",
            "Ligne 6 : la date est obligatoire (JJ/MM/AAAA) ; la demi-journée est obligatoire (matin, après-midi ou journée).",
        ], errors);
    }

    [Fact]
    public void A_file_without_a_way_to_recognise_the_staff_is_refused()
    {
        var (lines, errors) = Read("Nom;Date;Demi-journée\nLefèvre;16/06/2027;matin");

        Assert.Empty(lines);
        Assert.Contains("« Nom » et « Prénom », ou la colonne « Courriel »", Assert.Single(errors));
    }

    [Fact]
    public void A_file_without_the_date_column_is_refused_before_any_line()
    {
        var ex = Assert.Throws<ImportFormatException>(() => Read("Nom;Prénom;Demi-journée\nLefèvre;Mathieu;matin"));
        Assert.Contains("« Date »", ex.Message);
    }
}
