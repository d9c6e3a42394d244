namespace StageSeconde.Web.Features.Imports;

/// <summary>A guardian of the SIECLE guardians' export, attached to its student's ELEVE_ID.</summary>
public sealed record GuardianLinkRecord(string Where, string EleveId, GuardianRecord Guardian);
