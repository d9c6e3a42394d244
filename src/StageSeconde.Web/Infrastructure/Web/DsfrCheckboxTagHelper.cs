using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StageSeconde.Web.Infrastructure.Web;

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
