using System.IO.Compression;
using System.Text;
using System.Xml;

namespace StageSeconde.Tests.Imports;

/// <summary>
/// Writes synthetic SIECLE exports as SIECLE does (ISO-8859-15, JJ/MM/AAAA dates), for the tests and the import benchmark.
/// Shared by the unit tests, the functional tests and scripts/ImportBenchmark (linked source file).
/// </summary>
public static class SiecleExport
{
    static SiecleExport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Latin9 => Encoding.GetEncoding("ISO-8859-15");

    public sealed record Address(string Id, string Line1, string? Line2, string PostalCode, string City, string CountryCode = "100", string CountryName = "FRANCE");

    public sealed record Student(
        string Id, string? Ine, string LastName, string FirstName, string BirthDate, string? Division,
        string? Group = null, string? LeftOn = null, string? Mef = "20010018110", string? Phone = null, string? Email = null,
        string? UsageName = null, string? AddressId = null, string Sex = "2");

    public sealed record Person(
        string Id, string LastName, string FirstName, string Civility = "MME", string? Mobile = null, string? Home = null, string? Work = null,
        string? Email = null, string? AddressId = null, string? UsageName = null);

    /// <summary>A RESPONSABLE_ELEVE: current model (<paramref name="Level"/> = NIVEAU_RESPONSABILITE) or older one (<paramref name="RespLegal"/>).</summary>
    public sealed record Link(string StudentId, string PersonId, string Relationship, string? Level = null, string? RespLegal = null);

    public static XmlWriterSettings Settings => new() { Encoding = Latin9, Indent = true };

    public static void WriteStudents(Stream output, string uaj, IEnumerable<Student> students, IEnumerable<Address>? addresses = null, string exportDate = "15/09/2026")
    {
        var list = students as IReadOnlyCollection<Student> ?? students.ToList();
        using var w = XmlWriter.Create(output, Settings);
        w.WriteStartDocument();
        w.WriteStartElement("BEE_ELEVES");
        w.WriteAttributeString("VERSION", "3.6");
        Parameters(w, uaj, exportDate);
        w.WriteStartElement("DONNEES");
        w.WriteStartElement("ELEVES");
        foreach (var p in list)
        {
            w.WriteStartElement("ELEVE");
            w.WriteAttributeString("ELEVE_ID", p.Id);
            w.WriteAttributeString("ELENOET", "9" + p.Id);
            Element(w, "ID_NATIONAL", p.Ine);
            Element(w, "NOM_DE_FAMILLE", p.LastName);
            Element(w, "NOM_USAGE", p.UsageName);
            Element(w, "PRENOM", p.FirstName);
            Element(w, "PRENOM2", "");
            Element(w, "DATE_NAISS", p.BirthDate);
            Element(w, "CODE_SEXE", p.Sex);
            Element(w, "CODE_MEF", p.Mef);
            Element(w, "DATE_SORTIE", p.LeftOn);
            Element(w, "TEL_PORTABLE", p.Phone);
            Element(w, "MEL", p.Email);
            Element(w, "ADRESSE_ID", p.AddressId);
            // A nested block SIECLE writes too: its CODE_MEF must not be taken for the student's.
            w.WriteStartElement("SCOLARITE_AN_DERNIER");
            Element(w, "CODE_MEF", "10010012110");
            Element(w, "DENOM_COMPL", "COLLEGE JEAN MOULIN");
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("STRUCTURES");
        foreach (var p in list.Where(p => p.Division is not null || p.Group is not null))
        {
            w.WriteStartElement("STRUCTURES_ELEVE");
            w.WriteAttributeString("ELEVE_ID", p.Id);
            w.WriteAttributeString("ELENOET", "9" + p.Id);
            if (p.Group is not null) Structure(w, p.Group, "G");
            if (p.Division is not null) Structure(w, p.Division, "D");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        if (addresses is not null) Addresses(w, addresses);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    public static void WriteGuardians(Stream output, string uaj, IEnumerable<Person> persons, IEnumerable<Link> links, IEnumerable<Address>? addresses = null, string exportDate = "15/09/2026")
    {
        using var w = XmlWriter.Create(output, Settings);
        w.WriteStartDocument();
        w.WriteStartElement("BEE_RESPONSABLES");
        w.WriteAttributeString("VERSION", "3.6");
        Parameters(w, uaj, exportDate);
        w.WriteStartElement("DONNEES");
        w.WriteStartElement("PERSONNES");
        foreach (var p in persons)
        {
            w.WriteStartElement("PERSONNE");
            w.WriteAttributeString("PERSONNE_ID", p.Id);
            Element(w, "LC_CIVILITE", p.Civility);
            Element(w, "NOM_DE_FAMILLE", p.LastName);
            Element(w, "NOM_USAGE", p.UsageName);
            Element(w, "PRENOM", p.FirstName);
            Element(w, "TEL_PERSONNEL", p.Home);
            Element(w, "TEL_PORTABLE", p.Mobile);
            Element(w, "TEL_PROFESSIONNEL", p.Work);
            Element(w, "MEL", p.Email);
            Element(w, "ADRESSE_ID", p.AddressId);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("RESPONSABLES");
        foreach (var l in links)
        {
            w.WriteStartElement("RESPONSABLE_ELEVE");
            Element(w, "ELEVE_ID", l.StudentId);
            Element(w, "PERSONNE_ID", l.PersonId);
            Element(w, "RESP_LEGAL", l.RespLegal);
            Element(w, "NIVEAU_RESPONSABILITE", l.Level);
            Element(w, "CODE_PARENTE", l.Relationship);
            Element(w, "RESP_FINANCIER", "1");
            Element(w, "PERS_CONTACT", "1");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        if (addresses is not null) Addresses(w, addresses);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    public static byte[] Students(string uaj, IEnumerable<Student> students, IEnumerable<Address>? addresses = null, string exportDate = "15/09/2026")
    {
        using var ms = new MemoryStream();
        WriteStudents(ms, uaj, students, addresses, exportDate);
        return ms.ToArray();
    }

    public static byte[] Guardians(string uaj, IEnumerable<Person> persons, IEnumerable<Link> links, IEnumerable<Address>? addresses = null)
    {
        using var ms = new MemoryStream();
        WriteGuardians(ms, uaj, persons, links, addresses);
        return ms.ToArray();
    }

    /// <summary>A zip holding the given entries (SIECLE's own download is a zip with the one XML).</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var s = entry.Open();
                s.Write(content);
            }
        }
        return ms.ToArray();
    }

    private static void Parameters(XmlWriter w, string uaj, string exportDate)
    {
        w.WriteStartElement("PARAMETRES");
        Element(w, "UAJ", uaj);
        Element(w, "ANNEE_SCOLAIRE", "2026");
        Element(w, "DATE_EXPORT", exportDate);
        Element(w, "HORODATAGE", exportDate + " 08:00:00");
        w.WriteEndElement();
    }

    private static void Structure(XmlWriter w, string code, string type)
    {
        w.WriteStartElement("STRUCTURE");
        Element(w, "CODE_STRUCTURE", code);
        Element(w, "TYPE_STRUCTURE", type);
        w.WriteEndElement();
    }

    private static void Addresses(XmlWriter w, IEnumerable<Address> addresses)
    {
        w.WriteStartElement("ADRESSES");
        foreach (var a in addresses)
        {
            w.WriteStartElement("ADRESSE");
            w.WriteAttributeString("ADRESSE_ID", a.Id);
            Element(w, "LIGNE1_ADRESSE", a.Line1);
            Element(w, "LIGNE2_ADRESSE", a.Line2);
            Element(w, "LIGNE3_ADRESSE", "");
            Element(w, "LIGNE4_ADRESSE", null);
            Element(w, "CODE_POSTAL", a.PostalCode);
            Element(w, "LIBELLE_POSTAL", a.City);
            Element(w, "CODE_PAYS", a.CountryCode);
            Element(w, "LL_PAYS", a.CountryName);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>Absent when null (an optional element may be missing), empty when "".</summary>
    private static void Element(XmlWriter w, string name, string? value)
    {
        if (value is null) return;
        w.WriteElementString(name, value);
    }
}
