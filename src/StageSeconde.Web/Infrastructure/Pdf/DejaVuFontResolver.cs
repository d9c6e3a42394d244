using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>
/// Serves DejaVu Sans (regular, bold, oblique), embedded in this assembly, to PDFsharp. The Core build of PDFsharp on Linux
/// has no access to system fonts: every family name resolves to DejaVu Sans so that nothing depends on the server.
/// Registered once per process by <see cref="EnsureRegistered"/>.
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";

    private static readonly DejaVuFontResolver Instance = new();
    private static readonly Lock RegistrationLock = new();
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new();

    private DejaVuFontResolver()
    {
    }

    /// <summary>Sets the process-wide font resolver, once; PDFsharp requires the same instance on every later setting.</summary>
    public static void EnsureRegistered()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            return;
        lock (RegistrationLock)
        {
            if (GlobalFontSettings.FontResolver is null)
                GlobalFontSettings.FontResolver = Instance;
            else if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
                throw new InvalidOperationException("Un autre résolveur de polices PDFsharp est déjà enregistré.");
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => (bold, italic) switch
    {
        // No bold oblique face is shipped: PDFsharp slants the bold face.
        (true, true) => new FontResolverInfo(Bold, mustSimulateBold: false, mustSimulateItalic: true),
        (true, false) => new FontResolverInfo(Bold),
        (false, true) => new FontResolverInfo(Oblique),
        _ => new FontResolverInfo(Regular),
    };

    public byte[] GetFont(string faceName) => Faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var name = $"StageSeconde.Pdf.Fonts.{faceName}.ttf";
        using var stream = typeof(DejaVuFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Police intégrée introuvable : {name}.");
        using var buffer = new MemoryStream((int)stream.Length);
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
