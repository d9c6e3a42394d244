using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StageSeconde.Web.Infrastructure.Web;

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
