using QRCoder;

namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>QR codes of the tutor's link: PNG images for the convention's page, modules for the PDFs (drawn as vectors).</summary>
public static class QrCodes
{
    /// <summary>A black-on-white PNG of <paramref name="text"/> with a quiet zone, <paramref name="pixelsPerModule"/> pixels per module.</summary>
    public static byte[] Png(string text, int pixelsPerModule = 8)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>The rows of dark (true) and light modules of <paramref name="text"/>'s code, quiet zone included.</summary>
    public static IReadOnlyList<IReadOnlyList<bool>> Modules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => (IReadOnlyList<bool>)row.Cast<bool>().ToArray()).ToList();
    }
}
