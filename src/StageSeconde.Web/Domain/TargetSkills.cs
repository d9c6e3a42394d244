namespace StageSeconde.Web.Domain;

/// <summary>The skills the annexe pédagogique aims at (all four by default). Stored as an int: keep the values.</summary>
[Flags]
public enum TargetSkills
{
    None = 0,
    Observer = 1,
    Communiquer = 2,
    Comprendre = 4,
    SImpliquer = 8,
    All = Observer | Communiquer | Comprendre | SImpliquer,
}
