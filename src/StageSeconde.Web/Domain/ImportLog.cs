namespace StageSeconde.Web.Domain;

/// <summary>One confirmed import: who ran it, when, from which file, and what it changed.</summary>
public class ImportLog : SchoolEntity
{
    public string UserName { get; set; } = "";
    /// <summary>When the import was confirmed (UTC).</summary>
    public DateTime ImportedAt { get; set; }
    public ImportKind Kind { get; set; }
    public string FileName { get; set; } = "";

    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }
    /// <summary>Students marked as having left (SIECLE), or guardians no longer in the export (kept as they are).</summary>
    public int Left { get; set; }
}
