using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.TutorLinks;

/// <summary>The address of the tutor's page: short enough to be typed from paper (« https://…/t/ » and 22 characters).</summary>
public static class TutorLinkAddress
{
    public const string RoutePrefix = "t";

    public static string Path(string token) => $"/{RoutePrefix}/{token}";

    /// <summary>What may be written in a log about a token: its first characters, never the whole of it.</summary>
    public static string LogPrefix(string? token) =>
        string.IsNullOrEmpty(token) ? "(vide)" : token.Length <= 4 ? "(court)" : token[..4] + "…";

    /// <summary>The hash's first characters, by which a link is found in the database from a log line.</summary>
    public static string HashPrefix(string token) => AgreementLink.Hash(token)[..12];
}
