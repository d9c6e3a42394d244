namespace StageSeconde.Web.Domain;

/// <summary>How much of the observation period a student's conventions cover.</summary>
public enum Coverage
{
    /// <summary>No convention.</summary>
    None = 0,
    /// <summary>One week only: the student still needs something for the other week.</summary>
    Partial = 1,
    /// <summary>Both weeks: one two-week convention, or two one-week conventions in two different hosts.</summary>
    Full = 2,
}
