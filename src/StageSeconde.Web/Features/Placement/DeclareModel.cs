namespace StageSeconde.Web.Features.Placement;

/// <summary>
/// The declaration page (and form) of a student: current situation, history, form, where to go back, and whether the user
/// is of the direction (who alone may exempt a student other than an STHR one).
/// </summary>
public sealed record DeclareModel(StudentSituationDetails Student, DeclarationForm Form, string? ReturnUrl, bool ByDirection);
