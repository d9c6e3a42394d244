using System.IO.Compression;
using System.Text;
using StageSeconde.Tests.Imports;
using StageSeconde.Web.Infrastructure.Imports;

namespace StageSeconde.UnitTests.Features.Imports;

public sealed class SiecleParserTests
{
    private const string Uai = "0940001X";

    private static SiecleStudentsExport ParseStudents(byte[] bytes) => SiecleParser.ParseStudents(new MemoryStream(bytes));
    private static SiecleGuardiansExport ParseGuardians(byte[] bytes) => SiecleParser.ParseGuardians(new MemoryStream(bytes));

    private static string Refusal(Action parse) => Assert.Throws<ImportFormatException>(parse).Message;

    [Fact]
    public void Reads_an_iso_8859_15_students_export_with_oe_and_apostrophes()
    {
        var bytes = SiecleSamples.Students(Uai);
        Assert.Contains((byte)0xBC, bytes); // "Œ" in ISO-8859-15, "¼" in ISO-8859-1
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"iso-8859-15\"?>", Encoding.ASCII.GetString(bytes[..60]), StringComparison.OrdinalIgnoreCase);

        var export = ParseStudents(bytes);

        Assert.Equal(Uai, export.Parameters.Uaj);
        Assert.Equal("15/09/2026", export.Parameters.ExportDate);
        Assert.Equal(8, export.Students.Count);
        var coeur = export.Students.Single(s => s.EleveId == "1002");
        Assert.Equal("CŒUR", coeur.LastName);
        Assert.Equal("Zoé", coeur.FirstName);
        Assert.Null(coeur.Ine);
        Assert.Equal("N'DIAYE", export.Students.Single(s => s.EleveId == "1003").LastName);
        Assert.Equal("LEFÈVRE-ROUX", export.Students.Single(s => s.EleveId == "1007").UsageName);
    }

    [Fact]
    public void Joins_each_student_to_its_division_and_ignores_groups_and_nested_elements()
    {
        var export = ParseStudents(SiecleSamples.Students(Uai));

        var lea = export.Students.Single(s => s.EleveId == "1001");
        Assert.Equal("2NDE1", lea.Division);
        Assert.Equal("20010018110", lea.MefCode); // not SCOLARITE_AN_DERNIER/CODE_MEF
        Assert.Equal("1234567890A", lea.Ine);
        Assert.Equal("14/03/2011", lea.BirthDate);
        Assert.Equal("06 12 34 56 78", lea.MobilePhone);
        Assert.Equal("A1", lea.AddressId);
        Assert.Equal("03/11/2026", export.Students.Single(s => s.EleveId == "1004").LeftOn);
        Assert.True(export.HasAddresses);
        Assert.Equal("BELGIQUE", export.Addresses["A2"].CountryName);
        Assert.Equal("Bâtiment B", export.Addresses["A1"].Line2);
    }

    [Fact]
    public void Reads_the_same_export_from_the_zip_that_holds_it()
    {
        var xml = SiecleSamples.Students(Uai);
        var fromXml = ParseStudents(xml);
        var fromZip = ParseStudents(SiecleExport.Zip(("ElevesAvecAdresses.xml", xml)));

        Assert.Equal(fromXml.Students, fromZip.Students);
        Assert.Equal(fromXml.Parameters, fromZip.Parameters);
    }

    [Fact]
    public void Reads_both_guardian_models()
    {
        var current = ParseGuardians(SiecleSamples.Guardians(Uai));
        var legacy = ParseGuardians(SiecleSamples.Guardians(Uai, legacy: true));

        Assert.Equal(6, current.Persons.Count);
        Assert.Equal("+33 6 98 76 54 32", current.Persons["P1"].MobilePhone);
        Assert.Equal("CŒUR", current.Persons["P4"].LastName);
        var link = current.Links.Single(l => l.PersonneId == "P4");
        Assert.Equal(("1002", "38", "3", (string?)null), (link.EleveId, link.RelationshipCode, link.ResponsibilityLevel, link.LegalResponsible));
        var old = legacy.Links.Single(l => l.PersonneId == "P2");
        Assert.Equal(("20", (string?)null, "2"), (old.RelationshipCode, old.ResponsibilityLevel, old.LegalResponsible));
    }

    [Fact]
    public void Refuses_a_guardians_export_given_as_the_students_one_and_the_reverse()
    {
        Assert.Contains("l'export des responsables", Refusal(() => ParseStudents(SiecleSamples.Guardians(Uai))));
        Assert.Contains("l'export des élèves", Refusal(() => ParseGuardians(SiecleSamples.Students(Uai))));
        Assert.Contains("« AUTRE_CHOSE »", Refusal(() => ParseStudents(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><AUTRE_CHOSE/>"))));
    }

    [Fact]
    public void Refuses_a_truncated_export()
    {
        var bytes = SiecleSamples.Students(Uai);

        var message = Refusal(() => ParseStudents(bytes[..(bytes.Length / 2)]));

        Assert.StartsWith("Le fichier XML est mal formé ou incomplet (ligne", message);
    }

    [Fact]
    public void Refuses_a_binary_file()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 };

        Assert.StartsWith("Ce fichier n'est ni un export XML de SIECLE", Refusal(() => ParseStudents(png)));
        Assert.StartsWith("Ce fichier n'est ni un export XML de SIECLE", Refusal(() => ParseStudents([])));
    }

    [Fact]
    public void Refuses_a_zip_with_several_files_none_or_no_xml()
    {
        var xml = SiecleSamples.Students(Uai);

        Assert.Contains("contient 2 fichiers", Refusal(() => ParseStudents(SiecleExport.Zip(("a.xml", xml), ("b.xml", xml)))));
        Assert.Contains("L'archive zip est vide", Refusal(() => ParseStudents(SiecleExport.Zip())));
        Assert.Contains("« notes.txt », qui n'est pas un fichier XML", Refusal(() => ParseStudents(SiecleExport.Zip(("notes.txt", xml)))));
        Assert.Contains("endommagée", Refusal(() => ParseStudents(SiecleExport.Zip(("a.xml", xml))[..40])));
    }

    [Fact]
    public void Refuses_a_zip_whose_content_is_huge_once_decompressed()
    {
        // 101 Mo of blanks after a valid start compress to a few hundred kilobytes.
        using var content = new MemoryStream();
        content.Write("<?xml version=\"1.0\"?><BEE_ELEVES>"u8);
        var blanks = new byte[1024 * 1024];
        Array.Fill(blanks, (byte)' ');
        for (var i = 0; i < 101; i++) content.Write(blanks);
        var zip = SiecleExport.Zip(("ElevesSansAdresses.xml", content.ToArray()));
        Assert.True(zip.Length < 1024 * 1024);

        Assert.Contains("dépasse 100 Mo une fois décompressé", Refusal(() => ParseStudents(zip)));
    }

    [Fact]
    public void Counts_the_bytes_actually_read_whatever_the_header_says()
    {
        using var stream = new GuardedStream([], new MemoryStream(new byte[100]), 50, "trop gros");

        var e = Assert.Throws<ImportFormatException>(() => stream.CopyTo(Stream.Null));

        Assert.Equal("trop gros", e.Message);
    }

    [Fact]
    public void Refuses_a_document_type_definition_and_its_entities()
    {
        const string laughs = "<?xml version=\"1.0\"?><!DOCTYPE BEE_ELEVES [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><BEE_ELEVES>&b;</BEE_ELEVES>";

        Assert.StartsWith("Le fichier XML est mal formé", Refusal(() => ParseStudents(Encoding.UTF8.GetBytes(laughs))));
    }

    [Fact]
    public void Refuses_an_export_without_uai_or_without_students()
    {
        const string noUai = "<?xml version=\"1.0\"?><BEE_ELEVES><PARAMETRES><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE></PARAMETRES><DONNEES><ELEVES><ELEVE ELEVE_ID=\"1\"/></ELEVES></DONNEES></BEE_ELEVES>";
        const string noStudent = "<?xml version=\"1.0\"?><BEE_ELEVES><PARAMETRES><UAJ>0940001X</UAJ></PARAMETRES><DONNEES><ELEVES/></DONNEES></BEE_ELEVES>";

        Assert.Contains("PARAMETRES/UAJ", Refusal(() => ParseStudents(Encoding.UTF8.GetBytes(noUai))));
        Assert.Contains("aucun élève", Refusal(() => ParseStudents(Encoding.UTF8.GetBytes(noStudent))));
    }

    [Fact]
    public void Accepts_an_optional_element_absent_or_empty()
    {
        var export = ParseStudents(SiecleSamples.Students(Uai));

        var noe = export.Students.Single(s => s.EleveId == "1006");
        Assert.Null(noe.MobilePhone); // absent
        Assert.Null(noe.FirstName2); // empty
        Assert.Null(noe.UsageName);
    }

    [Fact]
    public void Reads_a_zip_made_by_another_tool_with_a_folder_entry()
    {
        var xml = SiecleSamples.Students(Uai);
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("export/");
            using var s = zip.CreateEntry("export/ElevesSansAdresses.XML").Open();
            s.Write(xml);
        }

        Assert.Equal(8, ParseStudents(ms.ToArray()).Students.Count);
    }
}
