namespace StageSeconde.Web.Domain.Programme;

/// <summary>A pupil of the programme and the weeks they are in it: {1}, {2} or {1, 2}.</summary>
public sealed record ProgrammePupil(int StudentId, int ClassId, string ClassName, IReadOnlySet<int> Weeks);

/// <summary>A proposed group: pupils in the programme the same weeks.</summary>
public sealed record PupilGroup(string Name, IReadOnlySet<int> Weeks, IReadOnlyList<int> StudentIds);

/// <summary>
/// Proposes the programme's groups: pupils present the same weeks together (both weeks, then week 1 only, then week 2
/// only), as few groups as the maximum size allows, sizes differing by one at most, and the pupils of a class side by
/// side so that a class is split only where a group is full. Deterministic: "Groupe 1", "Groupe 2"… in that order.
/// </summary>
public static class GroupBuilder
{
    public static IReadOnlyList<PupilGroup> Build(IReadOnlyList<ProgrammePupil> pupils, int maxSize)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        if (maxSize < 1) throw new ArgumentOutOfRangeException(nameof(maxSize), maxSize, "Un groupe compte au moins un élève.");

        var groups = new List<PupilGroup>();
        var patterns = pupils
            .GroupBy(p => string.Join(",", p.Weeks.Order()))
            .Where(p => p.Key.Length > 0)
            .OrderBy(p => p.First().Weeks.Count == 2 ? 0 : 1)
            .ThenBy(p => p.Key, StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            var weeks = pattern.First().Weeks.Order().ToHashSet();
            var byClass = pattern.DistinctBy(p => p.StudentId).GroupBy(p => p.ClassId)
                .Select(c => c.OrderBy(p => p.StudentId).ToList())
                .OrderByDescending(c => c.Count).ThenBy(c => c[0].ClassName, StringComparer.Ordinal).ThenBy(c => c[0].ClassId)
                .ToList();
            var count = byClass.Sum(c => c.Count);
            var groupCount = (count + maxSize - 1) / maxSize;
            var sizes = Enumerable.Range(0, groupCount).Select(i => count / groupCount + (i < count % groupCount ? 1 : 0)).ToArray();
            var members = Fill(byClass, sizes);
            foreach (var ids in members)
                groups.Add(new PupilGroup($"Groupe {groups.Count + 1}", weeks, ids));
        }
        return groups;
    }

    /// <summary>
    /// Classes, largest first, each into the group with the most room left where it fits whole; a class that fits nowhere
    /// whole fills the group with the most room left, then the next one (split as little as the sizes allow).
    /// </summary>
    private static List<List<int>> Fill(List<List<ProgrammePupil>> classes, int[] sizes)
    {
        var members = sizes.Select(_ => new List<int>()).ToList();
        int Left(int i) => sizes[i] - members[i].Count;
        var split = new List<List<ProgrammePupil>>();
        foreach (var schoolClass in classes)
        {
            var whole = Enumerable.Range(0, sizes.Length).Where(i => Left(i) >= schoolClass.Count)
                .OrderBy(i => Left(i) - schoolClass.Count).ThenBy(i => i).FirstOrDefault(-1);
            if (whole >= 0) members[whole].AddRange(schoolClass.Select(p => p.StudentId));
            else split.Add(schoolClass);
        }
        foreach (var schoolClass in split)
        {
            var rest = schoolClass.Select(p => p.StudentId).ToList();
            while (rest.Count > 0)
            {
                var target = Enumerable.Range(0, sizes.Length).OrderByDescending(Left).ThenBy(i => i).First();
                var part = rest.Take(Left(target)).ToList();
                members[target].AddRange(part);
                rest.RemoveRange(0, part.Count);
            }
        }
        return members;
    }
}
