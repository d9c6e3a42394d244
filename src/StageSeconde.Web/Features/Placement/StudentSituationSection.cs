using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Placement;

/// <summary>The situation section of a student's record: the situation and history, and the declaration form when the user may declare.</summary>
public sealed record StudentSituationSection(StudentSituationDetails Student, bool CanDeclare, bool ByDirection)
{
    public DeclareModel Declare => new(Student, new DeclarationForm { Kind = DeclarationKind.Searching }, ReturnUrl: null, ByDirection);
}
