namespace StageSeconde.Web.Domain;

/// <summary>
/// A record that is archived rather than deleted once in use: it is no longer offered for new records,
/// and stays for those that refer to it. The one archive path (<c>Archiving</c>) works on any of them.
/// </summary>
public interface IArchivable
{
    bool IsArchived { get; }
    void Archive();
    void Restore();
}
