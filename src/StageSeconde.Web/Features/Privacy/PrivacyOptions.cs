namespace StageSeconde.Web.Features.Privacy;

/// <summary>Who answers for the processing, shown on the page « Données personnelles » (section <c>Privacy</c> of the settings).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The data controller (for a lycée public: the chef d'établissement, for the EPLE).</summary>
    public string Controller { get; set; } = "Le chef d'établissement du lycée, pour l'établissement public local d'enseignement (EPLE)";
    /// <summary>The data protection officer (DPO) — for public lycées, the académie's DPO.</summary>
    public string DpoName { get; set; } = "Délégué à la protection des données de l'académie";
    public string? DpoEmail { get; set; }
    public string? DpoAddress { get; set; }
}
