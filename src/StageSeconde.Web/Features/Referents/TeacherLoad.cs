namespace StageSeconde.Web.Features.Referents;

/// <summary>A teacher's number of students: those already assigned and kept, those the proposal adds.</summary>
public sealed record TeacherLoad(int StaffId, string Name, int Kept, int Added, string? Note)
{
    public int Total => Kept + Added;
}
