namespace StageSeconde.Web.Domain;

/// <summary>How far the tutor saw a target skill during the sequence (four levels, no grade). Stored as an int: keep the values.</summary>
public enum SkillLevel
{
    NotObserved = 1,
    Fragile = 2,
    Satisfactory = 3,
    VerySatisfactory = 4,
}
