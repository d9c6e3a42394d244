using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Infrastructure.Storage;

namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>
/// Keeps an uploaded file server-side, under a random name, between the preview and the confirmation: the confirmation
/// re-reads the file itself and never trusts data sent back by the browser. Files are deleted after confirmation,
/// or once they are older than <see cref="Lifetime"/>. With several web instances, <c>Storage:Path</c> must be a shared folder.
/// </summary>
public sealed partial class UploadStore
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private readonly string _folder;
    private readonly TimeProvider _clock;

    public UploadStore(IOptions<StorageOptions> options, IHostEnvironment environment, TimeProvider clock)
        : this(options.Value.RootFor(environment), clock)
    {
    }

    public UploadStore(string storagePath, TimeProvider clock)
    {
        _folder = System.IO.Path.Combine(storagePath, "imports");
        _clock = clock;
    }

    /// <summary>Copies <paramref name="content"/> (at most <see cref="ImportFiles.MaxUploadBytes"/>) to a new random-named file.</summary>
    public async Task<StoredUpload> SaveAsync(Stream content, UploadInfo info, CancellationToken ct)
    {
        Directory.CreateDirectory(_folder);
        PurgeExpired();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = DataPath(token);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > ImportFiles.MaxUploadBytes)
                {
                    await file.DisposeAsync();
                    File.Delete(path);
                    throw new ImportFormatException(ImportFiles.TooLargeMessage);
                }
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        await File.WriteAllTextAsync(InfoPath(token), JsonSerializer.Serialize(info), ct);
        return new StoredUpload(token, path, info);
    }

    /// <summary>The waiting file of this token, or null when the token is malformed, unknown or expired.</summary>
    public StoredUpload? Find(string? token)
    {
        if (token is null || !TokenRegex().IsMatch(token)) return null;
        var infoPath = InfoPath(token);
        var path = DataPath(token);
        if (!File.Exists(infoPath) || !File.Exists(path)) return null;
        UploadInfo? info;
        try
        {
            info = JsonSerializer.Deserialize<UploadInfo>(File.ReadAllText(infoPath));
        }
        catch (JsonException)
        {
            return null;
        }
        if (info is null) return null;
        if (_clock.GetUtcNow().UtcDateTime - info.UploadedAt > Lifetime)
        {
            Delete(token);
            return null;
        }
        return new StoredUpload(token, path, info);
    }

    public void Delete(string token)
    {
        if (!TokenRegex().IsMatch(token)) return;
        TryDelete(DataPath(token));
        TryDelete(ClaimedPath(token));
        TryDelete(InfoPath(token));
    }

    /// <summary>
    /// Takes the waiting file for one confirmation, atomically (a rename): a second confirmation of the same upload
    /// (a double click during a long import, another instance) gets null instead of importing it twice.
    /// </summary>
    public StoredUpload? Claim(StoredUpload upload)
    {
        var claimed = ClaimedPath(upload.Token);
        try
        {
            File.Move(upload.FilePath, claimed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return upload with { FilePath = claimed };
    }

    /// <summary>Puts a claimed file back to wait (its confirmation was refused and may be tried again).</summary>
    public void Release(StoredUpload claimed)
    {
        try { File.Move(claimed.FilePath, DataPath(claimed.Token)); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Deletes the files left waiting for longer than <see cref="Lifetime"/>.</summary>
    public void PurgeExpired()
    {
        if (!Directory.Exists(_folder)) return;
        var limit = _clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            if (File.GetLastWriteTimeUtc(file) < limit) TryDelete(file);
        }
    }

    private string DataPath(string token) => System.IO.Path.Combine(_folder, token + ".upload");
    private string InfoPath(string token) => System.IO.Path.Combine(_folder, token + ".json");
    private string ClaimedPath(string token) => System.IO.Path.Combine(_folder, token + ".confirming");

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenRegex();
}
