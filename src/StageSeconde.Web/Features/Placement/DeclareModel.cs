namespace StageSeconde.Web.Features.Placement;

/// <summary>The declaration page (and form) of a student: current situation, history, form, and where to go back.</summary>
public sealed record DeclareModel(StudentSituationDetails Student, DeclarationForm Form, string? ReturnUrl);
