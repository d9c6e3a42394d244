using Microsoft.AspNetCore.Razor.TagHelpers;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.UnitTests.Infrastructure.Web;

public sealed class PhoneLinkTagHelperTests
{
    private static TagHelperOutput Render(string? number)
    {
        var context = new TagHelperContext([], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput("phone-link", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        new PhoneLinkTagHelper { Number = number }.Process(context, output);
        return output;
    }

    [Theory]
    [InlineData("0612345678", "tel:0612345678", "06 12 34 56 78")]
    [InlineData("06.12.34.56.78", "tel:0612345678", "06 12 34 56 78")]
    [InlineData("+33 6 12 34 56 78", "tel:+33612345678", "06 12 34 56 78")]
    public void A_number_becomes_a_link_that_dials_its_digits_and_reads_the_french_way(string number, string href, string text)
    {
        var output = Render(number);

        Assert.Equal("a", output.TagName);
        Assert.Equal(href, output.Attributes["href"].Value);
        Assert.Equal(text, output.Content.GetContent());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void No_number_renders_nothing(string? number)
    {
        var output = Render(number);

        Assert.Null(output.TagName);
        Assert.True(output.Content.IsEmptyOrWhiteSpace);
    }
}
