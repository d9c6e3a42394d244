using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// The link of one action for every row of a long table, generated once by the router (<see cref="IUrlHelper.Action(UrlActionContext)"/>
/// with a placeholder id) and then completed with each row's id: the same URL as <c>Url.Action</c> or an <c>asp-action</c> tag
/// helper for each row, without running link generation for each row (measured on the class board: 3 links × 35 rows were
/// a tenth of the page's time).
/// </summary>
public sealed class RowLink
{
    /// <summary>The id given to the router: a valid int for the <c>{id:int}</c> constraints, found once in the URL.</summary>
    public const int Placeholder = int.MaxValue;
    private static readonly string PlaceholderText = Placeholder.ToString(CultureInfo.InvariantCulture);

    private readonly string _before;
    private readonly string _after;

    private RowLink(string before, string after)
    {
        _before = before;
        _after = after;
    }

    /// <summary>
    /// The link of <paramref name="action"/> of <paramref name="controller"/> with <paramref name="values"/>, whose row id is
    /// <see cref="Placeholder"/> (e.g. <c>new { id = RowLink.Placeholder, returnUrl }</c>).
    /// </summary>
    public static RowLink For(IUrlHelper url, string action, string controller, object values)
    {
        var template = url.Action(action, controller, values)
                       ?? throw new InvalidOperationException($"Aucune route pour {controller}.{action}.");
        var at = template.IndexOf(PlaceholderText, StringComparison.Ordinal);
        if (at < 0 || template.IndexOf(PlaceholderText, at + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"Le lien {template} doit contenir l'identifiant {PlaceholderText} une seule fois.");
        return new RowLink(template[..at], template[(at + PlaceholderText.Length)..]);
    }

    /// <summary>The link for the row <paramref name="id"/>.</summary>
    public string For(int id) => string.Concat(_before, id.ToString(CultureInfo.InvariantCulture), _after);
}
