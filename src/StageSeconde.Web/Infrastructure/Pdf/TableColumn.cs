namespace StageSeconde.Web.Infrastructure.Pdf;

/// <summary>A table column: its header text and its width as a fraction of the table width (fractions are normalised).</summary>
public sealed record TableColumn(string Header, double Width);
