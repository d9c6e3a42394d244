using PdfSharp.Drawing;

namespace StageSeconde.Web.Infrastructure.Pdf;

internal readonly record struct TextSegment(string Text, XFont Font, double X);
