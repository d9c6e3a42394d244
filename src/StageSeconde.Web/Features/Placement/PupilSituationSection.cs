using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Placement;

/// <summary>The situation section of a pupil's record: the situation and history, and the declaration form when the user may declare.</summary>
public sealed record PupilSituationSection(PupilSituationDetails Pupil, bool CanDeclare)
{
    public DeclareModel Declare => new(Pupil, new DeclarationForm { Kind = DeclarationKind.Searching }, ReturnUrl: null);
}
