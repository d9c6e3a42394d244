using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// Common part of the DSFR form fields: label with hint, the control, and the French error messages
/// of ModelState right below it, linked with aria-describedby.
/// </summary>
public abstract class DsfrFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression For { get; set; } = null!;
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public bool Required { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    protected string Name => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
    protected string Id => TagBuilder.CreateSanitizedId(Name, "_");
    protected static string E(string? s) => HtmlEncoder.Default.Encode(s ?? "");

    protected IReadOnlyList<string> Errors =>
        ViewContext.ModelState.TryGetValue(Name, out var entry) && entry.ValidationState == ModelValidationState.Invalid
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).ToList()
            : [];

    /// <summary>What the user typed (kept after a failed post), else the model's value.</summary>
    protected string? CurrentValue
    {
        get
        {
            if (ViewContext.ModelState.TryGetValue(Name, out var entry) && entry.AttemptedValue is not null) return entry.AttemptedValue;
            return For.Model switch
            {
                null => null,
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                Enum e => e.ToString(),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString(),
            };
        }
    }

    protected string LabelHtml =>
        $"<label class=\"fr-label\" for=\"{Id}\">{E(Label)}{(Required ? " <span aria-hidden=\"true\">*</span>" : "")}" +
        (Hint is null ? "" : $"<span class=\"fr-hint-text\">{E(Hint)}</span>") + "</label>";

    protected string MessagesHtml
    {
        get
        {
            var errors = Errors;
            var inner = string.Concat(errors.Select(m => $"<p class=\"fr-message fr-message--error\">{E(m)}</p>"));
            return $"<div class=\"fr-messages-group\" id=\"{Id}-messages\" aria-live=\"polite\">{inner}</div>";
        }
    }

    protected string InvalidAttributes => Errors.Count > 0 ? " aria-invalid=\"true\"" : "";
    protected string RequiredAttribute => Required ? " required" : "";

    protected void Wrap(TagHelperOutput output, string groupClass, string inner)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", groupClass + (Errors.Count > 0 ? " " + groupClass + "--error" : ""));
        output.Content.SetHtmlContent(inner);
    }
}
