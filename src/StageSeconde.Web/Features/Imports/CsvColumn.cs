using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Imports;

/// <summary>A documented column of a CSV model: its header, other headers accepted for it, whether it is required, what it holds.</summary>
public sealed record CsvColumn(string Header, bool Required, string Content, string Example, params string[] Aliases)
{
    public IEnumerable<string> Keys => Aliases.Prepend(Header).Select(SearchText.Normalize);
}
