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

/// <summary><c>&lt;dsfr-input asp-for="LastName" label="Nom" required="true" /&gt;</c></summary>
[HtmlTargetElement("dsfr-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrInputTagHelper : DsfrFieldTagHelper
{
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? Inputmode { get; set; }
    public int? Maxlength { get; set; }
    public string? Placeholder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errorClass = Errors.Count > 0 ? " fr-input--error" : "";
        var extra = (Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"")
                    + (Inputmode is null ? "" : $" inputmode=\"{E(Inputmode)}\"")
                    + (Maxlength is null ? "" : $" maxlength=\"{Maxlength}\"")
                    + (Placeholder is null ? "" : $" placeholder=\"{E(Placeholder)}\"");
        var value = Type == "password" ? "" : $" value=\"{E(CurrentValue)}\"";
        var input = $"<input class=\"fr-input{errorClass}\" type=\"{E(Type)}\" id=\"{Id}\" name=\"{E(Name)}\"{value}" +
                    $" aria-describedby=\"{Id}-messages\"{InvalidAttributes}{RequiredAttribute}{extra}>";
        Wrap(output, "fr-input-group", LabelHtml + input + MessagesHtml);
    }
}

/// <summary><c>&lt;dsfr-textarea asp-for="Remarks" label="Remarques" rows="4" /&gt;</c></summary>
[HtmlTargetElement("dsfr-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrTextareaTagHelper : DsfrFieldTagHelper
{
    public int Rows { get; set; } = 4;
    public int? Maxlength { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errorClass = Errors.Count > 0 ? " fr-input--error" : "";
        var max = Maxlength is null ? "" : $" maxlength=\"{Maxlength}\"";
        var input = $"<textarea class=\"fr-input{errorClass}\" id=\"{Id}\" name=\"{E(Name)}\" rows=\"{Rows}\"" +
                    $" aria-describedby=\"{Id}-messages\"{InvalidAttributes}{RequiredAttribute}{max}>{E(CurrentValue)}</textarea>";
        Wrap(output, "fr-input-group", LabelHtml + input + MessagesHtml);
    }
}

/// <summary><c>&lt;dsfr-select asp-for="ClassId" label="Classe" items="Model.Classes" placeholder="Choisir une classe" /&gt;</c></summary>
[HtmlTargetElement("dsfr-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrSelectTagHelper : DsfrFieldTagHelper
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];
    /// <summary>A first, empty option ("— Choisir —"); none when null.</summary>
    public string? Placeholder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = CurrentValue;
        var errorClass = Errors.Count > 0 ? " fr-select--error" : "";
        var options = (Placeholder is null ? "" : $"<option value=\"\">{E(Placeholder)}</option>") +
                      string.Concat(Items.Select(i =>
                          $"<option value=\"{E(i.Value)}\"{(i.Value == current || (current is null && i.Selected) ? " selected" : "")}>{E(i.Text)}</option>"));
        var select = $"<select class=\"fr-select{errorClass}\" id=\"{Id}\" name=\"{E(Name)}\" aria-describedby=\"{Id}-messages\"{InvalidAttributes}{RequiredAttribute}>{options}</select>";
        Wrap(output, "fr-select-group", LabelHtml + select + MessagesHtml);
    }
}

/// <summary><c>&lt;dsfr-checkbox asp-for="IsSthr" label="Élève de la série STHR" /&gt;</c></summary>
[HtmlTargetElement("dsfr-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrCheckboxTagHelper : DsfrFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var isChecked = string.Equals(CurrentValue?.Split(',')[0], "true", StringComparison.OrdinalIgnoreCase);
        var input = $"<input type=\"checkbox\" id=\"{Id}\" name=\"{E(Name)}\" value=\"true\"{(isChecked ? " checked" : "")} aria-describedby=\"{Id}-messages\"{InvalidAttributes}>" +
                    $"<label class=\"fr-label\" for=\"{Id}\">{E(Label)}" + (Hint is null ? "" : $"<span class=\"fr-hint-text\">{E(Hint)}</span>") + "</label>" +
                    MessagesHtml + $"<input type=\"hidden\" name=\"{E(Name)}\" value=\"false\">";
        Wrap(output, "fr-checkbox-group", input);
    }
}
