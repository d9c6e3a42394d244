using Microsoft.AspNetCore.Razor.TagHelpers;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// <c>&lt;phone-link number="@tutor.Phone" /&gt;</c>: a number a phone can dial (<c>tel:</c> with its digits only),
/// shown the French way ("06 12 34 56 78") on one line; nothing at all when there is no number. Every phone number a
/// page offers to call goes through it.
/// </summary>
[HtmlTargetElement("phone-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PhoneLinkTagHelper : TagHelper
{
    public string? Number { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            output.SuppressOutput();
            return;
        }
        var dial = new string(Number.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("href", "tel:" + dial);
        output.Attributes.SetAttribute("class", "fr-link app-nowrap");
        output.Content.SetContent(FrenchIdentifiers.FormatPhone(Number));
    }
}
