using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Imports;
using StageSeconde.Web.Infrastructure.Imports;

namespace StageSeconde.UnitTests.Features.Imports;

public sealed class CsvModelsTests
{
    [Fact]
    public void The_students_template_reads_back_as_one_student_with_two_guardians()
    {
        var (records, rejected, notes) = StudentCsv.Read(CsvTable.Parse(StudentCsv.Template()));

        Assert.Empty(rejected);
        Assert.Empty(notes);
        var lea = Assert.Single(records);
        Assert.Equal(("DUPONT", "Léa", new DateOnly(2011, 3, 14), "2NDE3", "1234567890A", false, "0612345678"),
            (lea.LastName, lea.FirstName, lea.BirthDate, lea.ClassCode, lea.Ine, lea.IsSthr!.Value, lea.Phone));
        Assert.Equal(new AddressValue("12 rue des Écoles", "94000", "Créteil"), lea.Address);
        Assert.Equal(["Camille", "Marc"], lea.Guardians.Select(g => g.FirstName));
        Assert.Equal((GuardianRelationship.Mother, "0698765432", "0143000000"), (lea.Guardians[0].Relationship, lea.Guardians[0].MobilePhone, lea.Guardians[0].HomePhone));
        Assert.Null(lea.Guardians[1].HomePhone);
    }

    [Fact]
    public void Columns_are_found_whatever_their_order_case_and_accents()
    {
        var table = CsvTable.Parse("classe;DATE DE NAISSANCE;prenom;NOM;E-mail;Remarque\n2nde1;1/9/2010;Zoé;Cœur;zoe@exemple.fr;rien\n");

        var (records, _, notes) = StudentCsv.Read(table);

        Assert.Equal(("Cœur", "Zoé", new DateOnly(2010, 9, 1), "2NDE1", "zoe@exemple.fr", (bool?)null), (records[0].LastName, records[0].FirstName, records[0].BirthDate, records[0].ClassCode, records[0].Email, records[0].IsSthr));
        Assert.Equal(["Colonne(s) ignorée(s) : « Remarque »."], notes);
    }

    [Fact]
    public void A_file_without_the_required_columns_is_refused_with_a_hint_when_it_is_the_other_model()
    {
        var students = Assert.Throws<ImportFormatException>(() => StudentCsv.Read(CsvTable.Parse(HostCsv.Template()))).Message;
        var hosts = Assert.Throws<ImportFormatException>(() => HostCsv.Read(CsvTable.Parse(StudentCsv.Template()))).Message;

        Assert.Contains("« Date de naissance », « Classe »", students);
        Assert.Contains("ressemble au modèle des structures d'accueil", students);
        Assert.Contains("« SIRET »", hosts);
        Assert.Contains("ressemble au modèle des élèves", hosts);
    }

    [Fact]
    public void Student_rows_with_bad_values_are_rejected_with_line_field_and_reason()
    {
        var table = CsvTable.Parse(
            "Nom;Prénom;Date de naissance;Classe;INE;Responsable 1 nom;Responsable 1 courriel;Responsable 1 lien\n" +
            "DUPONT;Léa;32/01/2011;2NDE1;;;;\n" +
            "MARTIN;Hugo;01/01/2011;2NDE1;12AB;;;\n" +
            "PETIT;Jean;01/01/2011;2NDE1;;;jean@exemple.fr;\n" +
            "ROUX;Maëlle;01/01/2011;2NDE1;;ROUX;pas-un-courriel;\n" +
            "NOIR;Paul;01/01/2011;2NDE1;;NOIR;;cousin\n" +
            ";;;;;;;\n" +
            "BLANC;Inès;01/01/2011;;;;;\n");

        var (records, rejected, _) = StudentCsv.Read(table);

        Assert.Empty(records);
        Assert.Equal(
        [
            ("ligne 2", "Date de naissance", "« 32/01/2011 » n'est pas une date (attendu JJ/MM/AAAA)."),
            ("ligne 3", "INE", "L'INE comporte 11 caractères : 10 chiffres et une lettre, ou 9 chiffres et deux lettres."),
            ("ligne 4", "Responsable 1 nom", "Le nom et le prénom du responsable sont obligatoires dès qu'une de ses colonnes est remplie."),
            ("ligne 5", "Responsable 1 prénom", "Le nom et le prénom du responsable sont obligatoires dès qu'une de ses colonnes est remplie."),
            ("ligne 6", "Responsable 1 prénom", "Le nom et le prénom du responsable sont obligatoires dès qu'une de ses colonnes est remplie."),
            ("ligne 8", "Classe", "Classe : ce champ est obligatoire."),
        ], rejected.Select(r => (r.Entry.Where, r.Entry.Field!, r.Entry.Reason!)));
    }

    [Fact]
    public void Host_lines_of_the_same_siret_make_one_host_with_its_tutors()
    {
        var table = CsvTable.Parse(
            "SIRET;Nom;Type;Tuteur nom;Tuteur prénom;Tuteur fonction;Tuteur téléphone\n" +
            "356 000 000 00048;La Poste;Établissement public;MARTIN;Hugo;Guichetier;06 11 22 33 44\n" +
            "35600000000048;;;PETIT;Jean;Facteur;0611223355\n" +
            "12345678901234;Faux;;;;;\n" +
            "44306184100047;Boulangerie;Pâtisserie;;;;\n" +
            "44306184100047;Boulangerie;;;;Vendeur;\n");

        var (records, rejections, _) = HostCsv.Read(table);

        var poste = Assert.Single(records);
        Assert.Equal(("35600000000048", "La Poste", HostKind.PublicInstitution, "ligne 2"), (poste.Siret, poste.Name, poste.Kind!.Value, poste.Where));
        Assert.Equal([("MARTIN", "0611223344"), ("PETIT", "0611223355")], poste.Tutors.Select(t => (t.LastName, t.Phone!)));
        Assert.Equal(["SIRET", "Type", "Tuteur nom"], rejections.Select(r => r.Field));
    }
}
