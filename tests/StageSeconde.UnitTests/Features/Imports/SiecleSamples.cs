using static StageSeconde.Tests.Imports.SiecleExport;

namespace StageSeconde.Tests.Imports;

/// <summary>
/// A small lycée as SIECLE exports it, with the cases imports must handle: "œ" (only in ISO-8859-15) and apostrophes in names,
/// a usage name, a student without INE, a student who left, a group (type G) beside a division, a student of 1re, an STHR division,
/// an unreadable birth date, an address abroad; and its guardians in the current model (NIVEAU_RESPONSABILITE) and the older one (RESP_LEGAL).
/// </summary>
public static class SiecleSamples
{
    public static readonly Address[] Addresses =
    [
        new("A1", "12 rue de l'Église", "Bâtiment B", "94000", "CRÉTEIL"),
        new("A2", "Rue Haute 5", null, "1000", "BRUXELLES", "216", "BELGIQUE"),
    ];

    public static List<Student> Students() =>
    [
        new("1001", "1234567890A", "DUPONT", "Léa", "14/03/2011", "2NDE1", Group: "ESP2", Phone: "06 12 34 56 78", Email: "lea.dupont@exemple.fr", AddressId: "A1"),
        new("1002", null, "CŒUR", "Zoé", "02/02/2011", "2NDE1"),
        new("1003", "123456789AB", "N'DIAYE", "Aïssatou", "30/12/2010", "2NDE2", Phone: "+33 7 11 22 33 44", AddressId: "A2"),
        new("1004", "0987654321B", "MARTIN", "Hugo", "01/01/2011", "2NDE2", LeftOn: "03/11/2026", Sex: "1"),
        new("1005", "1111111111C", "BERNARD", "Jules", "05/05/2009", "1G1", Mef: "20111010110", Sex: "1"),
        new("1006", "2222222222D", "D'ALMEIDA", "Noé", "06/06/2011", "2STHR", Mef: "20010019110", Sex: "1"),
        new("1007", "3333333333E", "ROUX", "Maëlle", "07/07/2011", "2NDE2", UsageName: "LEFÈVRE-ROUX"),
        new("1008", "4444444444F", "SANSDATE", "Paul", "31/02/2011", "2NDE1", Sex: "1"),
    ];

    public static byte[] Students(string uaj, IEnumerable<Student>? students = null, string exportDate = "15/09/2026") =>
        SiecleExport.Students(uaj, students ?? Students(), Addresses, exportDate);

    public static Person[] Persons() =>
    [
        new("P1", "DUPONT", "Camille", Mobile: "+33 6 98 76 54 32", Email: "camille.dupont@exemple.fr", AddressId: "A1"),
        new("P2", "DUPONT", "Marc", Civility: "M.", Home: "01 43 00 00 00", Work: "01 45 00 00 00"),
        new("P3", "N'DIAYE", "Fatou", Mobile: "0700000001"),
        new("P4", "CŒUR", "Bérénice", Mobile: "06 00 00 00 04"),
        new("P5", "D'ALMEIDA", "Noé", Civility: "M."),
        new("P6", "INCONNU", "Alex"),
    ];

    /// <summary>Current exports: NIVEAU_RESPONSABILITE (1 légal, 2 en charge, 3 contact).</summary>
    public static Link[] CurrentLinks() =>
    [
        new("1001", "P1", "10", Level: "1"),
        new("1001", "P2", "20", Level: "1"),
        new("1003", "P3", "10", Level: "1"),
        new("1002", "P4", "38", Level: "3"),
        new("1006", "P5", "70", Level: "1"),
        new("9999", "P6", "90", Level: "1"),
    ];

    /// <summary>Older exports: RESP_LEGAL (1 and 2 légaux, 0 autre).</summary>
    public static Link[] LegacyLinks() =>
    [
        new("1001", "P1", "10", RespLegal: "1"),
        new("1001", "P2", "20", RespLegal: "2"),
        new("1003", "P3", "10", RespLegal: "1"),
        new("1002", "P4", "38", RespLegal: "0"),
        new("1006", "P5", "70", RespLegal: "1"),
        new("9999", "P6", "90", RespLegal: "1"),
    ];

    public static byte[] Guardians(string uaj, bool legacy = false) =>
        SiecleExport.Guardians(uaj, Persons(), legacy ? LegacyLinks() : CurrentLinks(), Addresses);
}
