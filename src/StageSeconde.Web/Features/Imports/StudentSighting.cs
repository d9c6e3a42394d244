namespace StageSeconde.Web.Features.Imports;

/// <summary>
/// A pupil present in the file but not imported (left, division not chosen, rejected): matched like the others so that it is
/// not taken for a pupil absent from the export; a pupil who left (<see cref="LeftOn"/>) is marked so.
/// </summary>
public sealed record StudentSighting(PlanEntry Entry, string? SiecleId, string? Ine, string? LastName, string? FirstName, DateOnly? BirthDate, DateOnly? LeftOn = null);
