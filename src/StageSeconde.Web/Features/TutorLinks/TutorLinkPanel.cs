namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>The section as shown: the link's data and its QR code as a PNG data URI (allowed by the CSP's img-src).</summary>
public sealed record TutorLinkPanel(TutorLinkSection Section, string? QrDataUri);
