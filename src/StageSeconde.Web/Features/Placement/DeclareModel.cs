namespace StageSeconde.Web.Features.Placement;

/// <summary>The declaration page (and form) of a pupil: current situation, history, form, and where to go back.</summary>
public sealed record DeclareModel(PupilSituationDetails Pupil, DeclarationForm Form, string? ReturnUrl);
