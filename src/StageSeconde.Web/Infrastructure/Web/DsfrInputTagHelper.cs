using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StageSeconde.Web.Infrastructure.Web;

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
