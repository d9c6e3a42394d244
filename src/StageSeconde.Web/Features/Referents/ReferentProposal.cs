namespace StageSeconde.Web.Features.Referents;

/// <summary>
/// Proposes a referent teacher for each placed pupil. Rules, in order of strength:
/// <list type="number">
/// <item>an existing assignment is kept, unless everything is to be reassigned;</item>
/// <item>only teachers available during the period are proposed, and those busy as bac/BTS examiners only when no other
/// teacher is available (teachers unavailable during the period are never proposed: a referent must be reachable);</item>
/// <item>the loads (kept + proposed pupils) of the proposed teachers end within one pupil of each other whenever the kept
/// assignments allow it;</item>
/// <item>within those loads, pupils hosted by the same organisation go to the same teacher (one visit for all) — a group
/// larger than what a teacher can take is split —, a pupil at the host of a pupil a teacher already follows goes to that
/// teacher, and a pupil goes to a professeur principal of their class when that teacher can take them.</item>
/// </list>
/// Pure and deterministic: same input, same proposal.
/// </summary>
public static class ReferentProposal
{
    /// <summary>The proposal; the loads come in the order of <paramref name="teachers"/>, then teachers no longer eligible who keep pupils.</summary>
    public static ReferentPlan Propose(IReadOnlyList<PlacedPupil> pupils, IReadOnlyList<ReferentCandidate> teachers, bool reassignAll)
    {
        var free = teachers.Where(t => t.AvailableDuringPeriod && !t.BusyAsExaminer).ToList();
        var examinersOnly = free.Count == 0;
        var pool = (examinersOnly ? teachers.Where(t => t.AvailableDuringPeriod && t.BusyAsExaminer) : free)
            .OrderBy(t => t.Name, StringComparer.CurrentCulture).ThenBy(t => t.StaffId).ToList();

        var kept = reassignAll ? [] : pupils.Where(p => p.CurrentTeacherId is not null).ToList();
        var toAssign = pupils.Where(p => reassignAll || p.CurrentTeacherId is null).ToList();
        var keptLoad = kept.GroupBy(p => p.CurrentTeacherId!.Value).ToDictionary(g => g.Key, g => g.Count());

        var result = kept.ToDictionary(p => p.StudentId, p => new ProposedReferent(p.StudentId, p.CurrentTeacherId, Kept: true, "Attribution existante conservée"));
        var added = new Dictionary<int, int>();

        if (pool.Count == 0)
        {
            foreach (var pupil in toAssign)
                result[pupil.StudentId] = new ProposedReferent(pupil.StudentId, null, Kept: false, "Aucun enseignant disponible pendant la période");
        }
        else
        {
            var capacity = new Capacity(pool.Select(t => (t.StaffId, keptLoad.GetValueOrDefault(t.StaffId))).ToList(), toAssign.Count);
            // Which teacher already follows a pupil at each host (kept assignments first, then as the proposal goes).
            var teacherAtHost = new Dictionary<int, int>();
            foreach (var pupil in kept)
                foreach (var host in pupil.HostIds)
                    teacherAtHost.TryAdd(host, pupil.CurrentTeacherId!.Value);

            foreach (var unit in Units(toAssign, pool))
            {
                var remaining = unit.ToList();
                while (remaining.Count > 0)
                {
                    var hosts = remaining.SelectMany(p => p.HostIds).ToHashSet();
                    var teacher = pool
                        .Where(t => capacity.Room(t.StaffId) > 0)
                        .OrderByDescending(t => hosts.Any(h => teacherAtHost.GetValueOrDefault(h) == t.StaffId))
                        .ThenByDescending(t => remaining.Count(p => t.PrincipalOfClassIds.Contains(p.ClassId)))
                        .ThenByDescending(t => capacity.Room(t.StaffId))
                        .First();
                    var sameHostAsFollowed = hosts.Any(h => teacherAtHost.GetValueOrDefault(h) == teacher.StaffId);
                    var taken = remaining
                        .OrderByDescending(p => teacher.PrincipalOfClassIds.Contains(p.ClassId))
                        .Take(capacity.Room(teacher.StaffId))
                        .ToList();
                    var split = taken.Count < unit.Count;

                    foreach (var pupil in taken)
                    {
                        capacity.Take(teacher.StaffId);
                        added[teacher.StaffId] = added.GetValueOrDefault(teacher.StaffId) + 1;
                        foreach (var host in pupil.HostIds) teacherAtHost.TryAdd(host, teacher.StaffId);
                        result[pupil.StudentId] = new ProposedReferent(pupil.StudentId, teacher.StaffId, Kept: false,
                            Reason(pupil, teacher, unit.Count, split, sameHostAsFollowed, examinersOnly));
                    }
                    remaining.RemoveAll(taken.Contains);
                }
            }
        }

        var loads = teachers
            .Select(t => new TeacherLoad(t.StaffId, t.Name, keptLoad.GetValueOrDefault(t.StaffId), added.GetValueOrDefault(t.StaffId), t.Note))
            .Concat(keptLoad.Keys.Where(id => teachers.All(t => t.StaffId != id))
                .Select(id => new TeacherLoad(id, "Personnel qui n'est plus référent possible", keptLoad[id], 0, "Archivé ou sans fonction d'enseignant")))
            .ToList();
        return new ReferentPlan(pupils.Select(p => result[p.StudentId]).ToList(), loads, examinersOnly && pool.Count > 0);
    }

    private static string Reason(PlacedPupil pupil, ReferentCandidate teacher, int unitSize, bool split, bool sameHostAsFollowed, bool examinersOnly)
    {
        var reasons = new List<string>();
        if (sameHostAsFollowed) reasons.Add("Même structure d'accueil qu'un élève déjà suivi par ce professeur");
        else if (unitSize > 1 && !split) reasons.Add($"Même structure d'accueil que {unitSize - 1} autre(s) élève(s)");
        else if (split) reasons.Add("Structure d'accueil partagée : élèves répartis pour équilibrer les charges");
        if (teacher.PrincipalOfClassIds.Contains(pupil.ClassId)) reasons.Add("Professeur principal de la classe");
        if (reasons.Count == 0) reasons.Add("Répartition équilibrée des élèves");
        if (examinersOnly) reasons.Add("Membre d'un jury d'examen : aucun autre enseignant n'est disponible");
        return string.Join(" ; ", reasons);
    }

    /// <summary>
    /// The groups of pupils to keep together: the pupils of each host, the busiest hosts first. A pupil with two hosts
    /// (one per week) belongs to the group of the first one taken; the other host's pupils then lean towards the same
    /// teacher (through the teacher already at that host). Among single pupils, those with a professeur principal in the
    /// pool come first, so that their teacher still has room.
    /// </summary>
    private static IEnumerable<IReadOnlyList<PlacedPupil>> Units(IReadOnlyList<PlacedPupil> pupils, IReadOnlyList<ReferentCandidate> pool)
    {
        var hosts = pupils
            .SelectMany(p => p.HostIds.Distinct().Select(host => (Host: host, Pupil: p)))
            .GroupBy(x => x.Host, x => x.Pupil)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key);
        var grouped = new HashSet<int>();
        var units = new List<IReadOnlyList<PlacedPupil>>();
        foreach (var host in hosts)
        {
            var unit = host.Where(p => grouped.Add(p.StudentId)).ToList();
            if (unit.Count > 0) units.Add(unit);
        }
        units.AddRange(pupils.Where(p => grouped.Add(p.StudentId)).Select(p => (IReadOnlyList<PlacedPupil>)[p]));

        var principalClasses = pool.SelectMany(t => t.PrincipalOfClassIds).ToHashSet();
        return units
            .OrderByDescending(u => u.Count)
            .ThenByDescending(u => u.Any(p => principalClasses.Contains(p.ClassId)))
            .ThenBy(u => u[0].Name, StringComparer.CurrentCulture)
            .ThenBy(u => u[0].StudentId)
            .ToList();
    }

    /// <summary>
    /// How many more pupils each teacher may take so that the final loads are as even as possible: every teacher is
    /// raised to a common level (those already above it keep their kept pupils), and the pupils left over are « extra »
    /// places, one per teacher at most, given to whichever teachers use them first.
    /// </summary>
    private sealed class Capacity
    {
        private readonly Dictionary<int, int> _base = [];
        private readonly Dictionary<int, int> _used = [];
        private readonly HashSet<int> _canTakeExtra = [];
        private int _extra;

        public Capacity(IReadOnlyList<(int StaffId, int Kept)> teachers, int toAssign)
        {
            var level = 0;
            while (teachers.Sum(t => Math.Max(0, level + 1 - t.Kept)) <= toAssign) level++;
            foreach (var (id, kept) in teachers)
            {
                _base[id] = Math.Max(0, level - kept);
                _used[id] = 0;
                if (kept <= level) _canTakeExtra.Add(id);
            }
            _extra = toAssign - _base.Values.Sum();
        }

        public int Room(int staffId) => Math.Max(0, _base[staffId] - _used[staffId]) + (_extra > 0 && _canTakeExtra.Contains(staffId) ? 1 : 0);

        public void Take(int staffId)
        {
            if (_used[staffId] >= _base[staffId])
            {
                _extra--;
                _canTakeExtra.Remove(staffId);
            }
            _used[staffId]++;
        }
    }
}
