using System.Text;
using StageSeconde.Web.Features.Signatures;

namespace StageSeconde.UnitTests.Features.Signatures;

public sealed class ScanFileTests
{
    [Fact]
    public void Pdf_jpeg_and_png_are_recognised_by_their_first_bytes()
    {
        Assert.Same(ScanFile.Pdf, ScanFile.Detect("%PDF-1.4\n%âãÏÓ"u8));
        Assert.Same(ScanFile.Jpeg, ScanFile.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]));
        Assert.Same(ScanFile.Png, ScanFile.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
    }

    [Theory]
    [InlineData("PK\u0003\u0004 un fichier zip")]
    [InlineData("<html><body>%PDF-1.4</body></html>")]
    [InlineData("%PD")]
    [InlineData("")]
    [InlineData("GIF89a")]
    public void Anything_else_is_not_a_scan(string content)
    {
        Assert.Null(ScanFile.Detect(Encoding.Latin1.GetBytes(content)));
    }

    [Fact]
    public void A_truncated_png_signature_is_not_a_png()
    {
        Assert.Null(ScanFile.Detect([0x89, 0x50, 0x4E, 0x47]));
    }

    [Theory]
    [InlineData("convention signée.pdf", "convention signée.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\secretariat\\Bureau\\Martin Léa.PDF", "Martin Léa.pdf")]
    [InlineData("scan<1>:\"final\"?.pdf", "scan1final.pdf")]
    [InlineData("  \u0007 .pdf", "convention-signee.pdf")]
    [InlineData(null, "convention-signee.pdf")]
    [InlineData("image-sans-extension", "image-sans-extension.pdf")]
    public void A_file_name_keeps_no_folder_nor_reserved_character(string? given, string kept)
    {
        Assert.Equal(kept, ScanFile.CleanName(given, ScanFile.Pdf));
    }

    [Theory]
    [InlineData("photo.jpeg", "photo.jpeg")]
    [InlineData("photo.JPG", "photo.jpg")]
    [InlineData("photo.pdf", "photo.jpg")]
    public void The_kept_name_ends_with_the_extension_of_the_real_format(string given, string kept)
    {
        Assert.Equal(kept, ScanFile.CleanName(given, ScanFile.Jpeg));
    }

    [Fact]
    public void A_very_long_name_is_cut_to_two_hundred_characters_keeping_its_extension()
    {
        var kept = ScanFile.CleanName(new string('é', 300) + ".png", ScanFile.Png);

        Assert.Equal(200, kept.Length);
        Assert.EndsWith("é.png", kept);
    }

    [Theory]
    [InlineData(1, "1 ko")]
    [InlineData(850 * 1024, "850 ko")]
    [InlineData(2_516_582, "2,4 Mo")]
    public void Sizes_read_the_french_way(long bytes, string text)
    {
        Assert.Equal(text, ScanFile.Size(bytes));
    }
}
