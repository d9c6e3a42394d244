using QRCoder;

namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>QR codes of the tutor's link, as PNG images (printed on the PDFs, shown on the convention's page).</summary>
public static class QrCodes
{
    /// <summary>A black-on-white PNG of <paramref name="text"/> with a quiet zone, <paramref name="pixelsPerModule"/> pixels per module.</summary>
    public static byte[] Png(string text, int pixelsPerModule = 8)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
