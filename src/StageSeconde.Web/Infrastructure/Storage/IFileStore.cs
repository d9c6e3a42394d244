namespace StageSeconde.Web.Infrastructure.Storage;

/// <summary>
/// Where uploaded files are kept. Files are named by the store (random, unguessable names) and never served directly:
/// a controller checks who asks, then streams them.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> under a new random name ending with <paramref name="extension"/> (".pdf"); returns that name.</summary>
    Task<string> SaveAsync(Stream content, string extension, CancellationToken ct);

    /// <summary>Opens a stored file for reading; null when there is no such file.</summary>
    Stream? OpenRead(string storedName);

    /// <summary>Deletes a stored file; nothing happens when there is no such file.</summary>
    void Delete(string storedName);
}
