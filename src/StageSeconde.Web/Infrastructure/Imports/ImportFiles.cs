using System.IO.Compression;

namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>Opening uploaded files safely: size limits, a SIECLE export given as XML or as the zip that holds it.</summary>
public static class ImportFiles
{
    /// <summary>The largest file accepted (request size limit of the upload, and the check on the file itself).</summary>
    public const long MaxUploadBytes = 20L * 1024 * 1024;
    /// <summary>The largest XML accepted once decompressed from a zip, counted while reading.</summary>
    public const long MaxUncompressedBytes = 100L * 1024 * 1024;

    public const string TooLargeMessage = "Le fichier dépasse la taille maximale de 20 Mo. Pour un export SIECLE, déposez plutôt l'archive zip.";
    private const string UncompressedTooLargeMessage =
        "Le fichier contenu dans l'archive dépasse 100 Mo une fois décompressé : ce n'est pas un export SIECLE ordinaire. Rien n'a été importé.";
    private const string NotXmlMessage =
        "Ce fichier n'est ni un export XML de SIECLE ni une archive zip qui en contient un. Rien n'a été importé.";

    /// <summary>
    /// Opens an XML export from <paramref name="raw"/>: the XML itself, or a zip that holds exactly one XML file.
    /// The returned stream starts with the XML's first byte; it refuses to deliver more than 100 Mo.
    /// </summary>
    public static Stream OpenXml(Stream raw)
    {
        var head = ReadHead(raw, 64);
        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] is 3 or 5 && head[3] is 4 or 6)
        {
            raw.Position = 0;
            return OpenSingleZipEntry(raw);
        }
        return CheckLooksLikeXml(new GuardedStream(head, raw, MaxUncompressedBytes, UncompressedTooLargeMessage));
    }

    private static Stream OpenSingleZipEntry(Stream raw)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(raw, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            throw new ImportFormatException("L'archive zip est endommagée ou incomplète : elle ne peut pas être ouverte. Rien n'a été importé.", e);
        }

        try
        {
            var files = archive.Entries.Where(e => !e.FullName.EndsWith('/')).Take(2).ToList();
            if (files.Count != 1)
            {
                var count = archive.Entries.Count(e => !e.FullName.EndsWith('/'));
                throw new ImportFormatException(count == 0
                    ? "L'archive zip est vide : elle doit contenir l'export XML de SIECLE. Rien n'a été importé."
                    : $"L'archive zip contient {count} fichiers : elle doit en contenir un seul, l'export XML de SIECLE. Rien n'a été importé.");
            }
            var entry = files[0];
            if (!entry.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                throw new ImportFormatException($"L'archive zip contient « {entry.Name} », qui n'est pas un fichier XML. Rien n'a été importé.");
            if (entry.Length > MaxUncompressedBytes) throw new ImportFormatException(UncompressedTooLargeMessage);

            var content = entry.Open();
            var head = ReadHead(content, 64);
            return CheckLooksLikeXml(new GuardedStream(head, content, MaxUncompressedBytes, UncompressedTooLargeMessage, archive));
        }
        catch (InvalidDataException e)
        {
            archive.Dispose();
            throw new ImportFormatException("L'archive zip est endommagée ou chiffrée : son contenu ne peut pas être lu. Rien n'a été importé.", e);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>Refuses at once a binary file: after an optional BOM and blanks, an XML document starts with '&lt;'.</summary>
    private static Stream CheckLooksLikeXml(Stream stream)
    {
        var buffer = new byte[64];
        var read = 0;
        // GuardedStream replays its prefix first: peeking here costs nothing and is re-read by the XML reader below.
        if (stream is GuardedStream guarded)
        {
            read = guarded.PeekPrefix(buffer);
        }
        var span = buffer.AsSpan(0, read);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return stream;
        var i = 0;
        while (i < span.Length && span[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        if (i >= span.Length || span[i] != '<')
        {
            stream.Dispose();
            throw new ImportFormatException(NotXmlMessage);
        }
        return stream;
    }

    private static byte[] ReadHead(Stream stream, int count)
    {
        var buffer = new byte[count];
        var total = 0;
        while (total < count)
        {
            var read = stream.Read(buffer, total, count - total);
            if (read == 0) break;
            total += read;
        }
        return total == count ? buffer : buffer[..total];
    }
}
