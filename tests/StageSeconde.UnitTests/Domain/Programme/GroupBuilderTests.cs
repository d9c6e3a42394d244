using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.UnitTests.Domain.Programme;

public class GroupBuilderTests
{
    private static readonly HashSet<int> Both = [1, 2];
    private static readonly HashSet<int> Week1 = [1];
    private static readonly HashSet<int> Week2 = [2];

    private static IEnumerable<ProgrammePupil> Class(int classId, int count, IReadOnlySet<int> weeks, int firstId) =>
        Enumerable.Range(firstId, count).Select(id => new ProgrammePupil(id, classId, $"2nde {classId}", weeks));

    [Fact]
    public void Pupils_present_different_weeks_are_never_in_the_same_group()
    {
        var pupils = Class(1, 5, Week1, 1).Concat(Class(1, 4, Week2, 10)).Concat(Class(1, 3, Both, 20)).ToList();

        var groups = GroupBuilder.Build(pupils, 30);

        Assert.Equal(["Groupe 1", "Groupe 2", "Groupe 3"], groups.Select(g => g.Name));
        Assert.Equal(Both, groups[0].Weeks);
        Assert.Equal([20, 21, 22], groups[0].StudentIds);
        Assert.Equal(Week1, groups[1].Weeks);
        Assert.Equal([1, 2, 3, 4, 5], groups[1].StudentIds);
        Assert.Equal(Week2, groups[2].Weeks);
        Assert.Equal(4, groups[2].StudentIds.Count);
    }

    [Fact]
    public void Groups_are_as_few_as_the_size_allows_and_balanced()
    {
        var pupils = Class(1, 31, Both, 1).ToList();

        var groups = GroupBuilder.Build(pupils, 15);

        Assert.Equal([11, 10, 10], groups.Select(g => g.StudentIds.Count));
        Assert.Equal(31, groups.SelectMany(g => g.StudentIds).Distinct().Count());
    }

    [Fact]
    public void Classes_are_kept_together_where_they_fit()
    {
        // 12 + 10 + 8 + 6 = 36 pupils, groups of 18 at most: 2 groups of 18, each made of whole classes (12 + 6, 10 + 8).
        var pupils = Class(1, 12, Both, 100).Concat(Class(2, 10, Both, 200)).Concat(Class(3, 8, Both, 300)).Concat(Class(4, 6, Both, 400)).ToList();

        var groups = GroupBuilder.Build(pupils, 18);

        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Equal(18, g.StudentIds.Count));
        var classesPerGroup = groups.Select(g => g.StudentIds.Select(id => id / 100).Distinct().Order().ToList()).ToList();
        Assert.Equal([[1, 4], [2, 3]], classesPerGroup);
    }

    [Fact]
    public void A_class_larger_than_a_group_is_split_in_as_few_parts_as_possible()
    {
        var pupils = Class(1, 25, Both, 100).Concat(Class(2, 5, Both, 200)).ToList();

        var groups = GroupBuilder.Build(pupils, 15);

        Assert.Equal([15, 15], groups.Select(g => g.StudentIds.Count));
        Assert.Equal(2, groups.Count(g => g.StudentIds.Any(id => id / 100 == 1)));
        Assert.Single(groups, g => g.StudentIds.Any(id => id / 100 == 2));
    }

    [Fact]
    public void The_order_of_the_pupils_does_not_change_the_groups()
    {
        var pupils = Class(1, 13, Both, 100).Concat(Class(2, 9, Week1, 200)).Concat(Class(3, 17, Both, 300)).ToList();
        var shuffled = pupils.OrderBy(p => (p.StudentId * 7919) % 101).ToList();

        var once = GroupBuilder.Build(pupils, 12);
        var again = GroupBuilder.Build(shuffled, 12);

        Assert.Equal(once.Select(g => (g.Name, string.Join(",", g.StudentIds))), again.Select(g => (g.Name, string.Join(",", g.StudentIds))));
        Assert.All(once, g => Assert.InRange(g.StudentIds.Count, 1, 12));
    }

    [Fact]
    public void No_pupil_gives_no_group_and_a_size_below_one_is_refused()
    {
        Assert.Empty(GroupBuilder.Build([], 20));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupBuilder.Build([], 0));
    }
}
