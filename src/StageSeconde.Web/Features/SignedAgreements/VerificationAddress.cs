using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.SignedAgreements;

/// <summary>The public verification page's address: « /verifier/7KQ2-M9XD-4TNB-H3PA », short enough to be typed from paper.</summary>
public static class VerificationAddress
{
    public const string RoutePrefix = "verifier";

    public static string Path(string code) => $"/{RoutePrefix}/{SealedAgreement.Display(code)}";

    /// <summary>What may be written in a log about a code: its first characters.</summary>
    public static string LogPrefix(string? code) =>
        string.IsNullOrEmpty(code) ? "(vide)" : code.Length <= 4 ? "(court)" : code[..4] + "…";
}
