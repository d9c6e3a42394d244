namespace StageSeconde.Web.Domain;

/// <summary>What covers one week of the observation period for a student (derived by <see cref="PlacementRules"/>).</summary>
public enum WeekSituation
{
    /// <summary>Nothing for this week (a search note or not).</summary>
    Nothing = 0,
    /// <summary>A convention not cancelled and not yet signed covers the week.</summary>
    AgreementInProgress = 1,
    /// <summary>A signed (or completed) convention covers the week.</summary>
    AgreementSigned = 2,
    InSchoolProgramme = 3,
    Snu = 4,
    Mobility = 5,
    Exempted = 6,
}
