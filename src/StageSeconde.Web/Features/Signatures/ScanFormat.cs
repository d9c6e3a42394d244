namespace StageSeconde.Web.Features.Signatures;

/// <summary>A kind of file accepted as the scan of a signed convention.</summary>
public sealed record ScanFormat(string Label, string ContentType, string Extension, IReadOnlyList<string> Extensions);
