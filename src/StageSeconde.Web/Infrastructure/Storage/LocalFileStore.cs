using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace StageSeconde.Web.Infrastructure.Storage;

/// <summary>
/// The files in a folder of the server's disk: <c>Storage:Path</c>, relative to the content root (default
/// <c>App_Data/files</c>), which must lie outside the web root so that no file is ever served without a check.
/// </summary>
public sealed partial class LocalFileStore : IFileStore
{
    public LocalFileStore(IOptions<StorageOptions> options, IWebHostEnvironment environment)
    {
        Root = options.Value.RootFor(environment);
        var webRoot = string.IsNullOrEmpty(environment.WebRootPath) ? null : Path.GetFullPath(environment.WebRootPath);
        if (webRoot is not null && (Root + Path.DirectorySeparatorChar).StartsWith(webRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Storage:Path ({Root}) must lie outside the web root ({webRoot}): stored files would be served without any check.");
    }

    /// <summary>The folder the files are kept in (absolute).</summary>
    public string Root { get; }

    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken ct)
    {
        if (!ExtensionPattern().IsMatch(extension)) throw new ArgumentException($"Unexpected extension « {extension} ».", nameof(extension));
        Directory.CreateDirectory(Root);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + extension;
        var path = PathOf(name);
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 81920, useAsync: true);
        try
        {
            await using (file) await content.CopyToAsync(file, ct);
        }
        catch
        {
            // A partial file is worth nothing: remove it (this store created it, CreateNew guarantees so).
            File.Delete(path);
            throw;
        }
        return name;
    }

    public Stream? OpenRead(string storedName)
    {
        var path = PathOf(storedName);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, useAsync: true) : null;
    }

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    /// <summary>A stored name is the store's own: 32 hexadecimal digits and an extension, never a path.</summary>
    private string PathOf(string storedName)
    {
        if (!StoredNamePattern().IsMatch(storedName)) throw new ArgumentException($"« {storedName} » is not a stored file name.", nameof(storedName));
        return Path.Combine(Root, storedName);
    }

    [GeneratedRegex(@"^\.[a-z0-9]{1,5}$")]
    private static partial Regex ExtensionPattern();

    [GeneratedRegex(@"^[0-9a-f]{32}\.[a-z0-9]{1,5}$")]
    private static partial Regex StoredNamePattern();
}
