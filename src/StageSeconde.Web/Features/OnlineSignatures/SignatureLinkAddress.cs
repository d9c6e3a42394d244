namespace StageSeconde.Web.Features.OnlineSignatures;

/// <summary>The address of a signing page: <c>/s/{token}</c>, and how a token appears in the logs (its first 4 characters).</summary>
public static class SignatureLinkAddress
{
    public const string RoutePrefix = "s";

    public static string Path(string token) => $"/{RoutePrefix}/{token}";

    public static string LogPrefix(string? token) => string.IsNullOrEmpty(token) ? "(vide)" : (token.Length <= 4 ? token : token[..4]) + "…";
}
