using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.ProgrammeSetup;

namespace StageSeconde.UnitTests.Features.ProgrammeSetup;

public sealed class AcademyCatalogueTests
{
    [Fact]
    public void Every_entry_is_a_valid_activity_with_a_description()
    {
        foreach (var entry in AcademyCatalogue.Entries)
        {
            var activity = entry.ToActivity();
            Assert.False(string.IsNullOrWhiteSpace(activity.Description));
            Assert.True(activity.Link is null || activity.Link.StartsWith("https://", StringComparison.Ordinal), activity.Name);
        }
        Assert.Equal(AcademyCatalogue.Entries.Count, AcademyCatalogue.Entries.Select(e => e.Name).Distinct().Count());
    }

    [Fact]
    public void The_list_covers_every_theme_and_has_outings_and_the_psyen()
    {
        Assert.Equal(Enum.GetValues<ProgrammeTheme>().Order(), AcademyCatalogue.Entries.Select(e => e.Theme).Distinct().Order());
        Assert.Contains(AcademyCatalogue.Entries, e => e.IsOuting && e.LengthInHalfDays == 2);
        Assert.Contains(AcademyCatalogue.Entries, e => e.SupervisorKind == SupervisorKind.PsyEn);
        Assert.Contains(AcademyCatalogue.Entries, e => e.Link == "https://oniseptv.onisep.fr");
    }
}
