using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StageSeconde.Web.Infrastructure.Web;

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
