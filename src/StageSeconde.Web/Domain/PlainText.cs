using System.Text.RegularExpressions;

namespace StageSeconde.Web.Domain;

/// <summary>Free text typed on pages reached without an account: plain text only, never markup.</summary>
public static partial class PlainText
{
    public const string MarkupMessage = "Le texte ne peut pas contenir de balises (« < » suivi d'une lettre) : écrivez-le sans mise en forme.";

    /// <summary>Whether <paramref name="text"/> holds something that reads as an HTML tag or comment (« &lt;script », « &lt;/b », « &lt;!-- »).</summary>
    public static bool HasMarkup(string? text) => text is not null && TagPattern().IsMatch(text);

    [GeneratedRegex(@"<\s*[/!?]?\s*[A-Za-z]|<!--")]
    private static partial Regex TagPattern();
}
