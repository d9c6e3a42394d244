namespace StageSeconde.Web.Domain;

/// <summary>What a file held: the two SIECLE exports and the two CSV models.</summary>
public enum ImportKind
{
    SiecleStudents = 0,
    SiecleGuardians = 1,
    CsvStudents = 2,
    CsvHosts = 3,
}
