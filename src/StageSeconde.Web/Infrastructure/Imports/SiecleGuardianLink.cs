namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>
/// A <c>RESPONSABLE_ELEVE</c>: the link between a student and a person, with <c>CODE_PARENTE</c> and either
/// <c>NIVEAU_RESPONSABILITE</c> (current exports) or <c>RESP_LEGAL</c> (older ones).
/// </summary>
public sealed record SiecleGuardianLink(int Line, string? EleveId, string? PersonneId, string? RelationshipCode, string? ResponsibilityLevel, string? LegalResponsible);
