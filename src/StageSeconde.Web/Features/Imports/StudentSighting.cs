namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// A student present in the file but not imported (left, division not chosen, rejected): matched like the others so that it is
/// not taken for a student absent from the export; a student who left (<see cref="LeftOn"/>) is marked so.
/// </summary>
public sealed record StudentSighting(PlanEntry Entry, string? SiecleId, string? Ine, string? LastName, string? FirstName, DateOnly? BirthDate, DateOnly? LeftOn = null);
