namespace StageSeconde.Web.Features.Referents;

/// <summary>
/// Proposes a referent teacher for each placed student. Rules, in order of strength:
/// <list type="number">
/// <item>an existing assignment is kept, unless everything is to be reassigned;</item>
/// <item>only teachers available during the period are proposed (a referent must be reachable);</item>
/// <item>a teacher convoked as examiner on a day of a student's convention (between its first and last day; a half-day
/// convocation takes the day) is not proposed for that student while another available teacher is free on those days —
/// even if that teacher then takes one student more than the balance below; only when every available teacher is convoked
/// on one of those days is a convoked teacher proposed, and the reason says so. A convocation outside the student's
/// convention dates does not count;</item>
/// <item>the loads (kept + proposed students) of the proposed teachers end within one student of each other whenever the kept
/// assignments allow it;</item>
/// <item>within those loads, students hosted by the same organisation go to the same teacher (one visit for all) — a group
/// larger than what a teacher can take is split —, a student at the host of a student a teacher already follows goes to that
/// teacher, and a student goes to a professeur principal of their class when that teacher can take them.</item>
/// </list>
/// Pure and deterministic: same input, same proposal.
/// </summary>
public static class ReferentProposal
{
    /// <summary>The proposal; the loads come in the order of <paramref name="teachers"/>, then teachers no longer eligible who keep students.</summary>
    public static ReferentPlan Propose(IReadOnlyList<PlacedStudent> students, IReadOnlyList<ReferentCandidate> teachers, bool reassignAll)
    {
        var pool = teachers.Where(t => t.AvailableDuringPeriod)
            .OrderBy(t => t.Name, StringComparer.CurrentCulture).ThenBy(t => t.StaffId).ToList();
        var examinersOnly = false;

        var kept = reassignAll ? [] : students.Where(p => p.CurrentTeacherId is not null).ToList();
        var toAssign = students.Where(p => reassignAll || p.CurrentTeacherId is null).ToList();
        var keptLoad = kept.GroupBy(p => p.CurrentTeacherId!.Value).ToDictionary(g => g.Key, g => g.Count());

        var result = kept.ToDictionary(p => p.StudentId, p => new ProposedReferent(p.StudentId, p.CurrentTeacherId, Kept: true, "Attribution existante conservée"));
        var added = new Dictionary<int, int>();

        if (pool.Count == 0)
        {
            foreach (var student in toAssign)
                result[student.StudentId] = new ProposedReferent(student.StudentId, null, Kept: false, "Aucun enseignant disponible pendant la période");
        }
        else
        {
            // The balance is shared by the teachers free on the days of at least one student to assign (all of them when nobody is).
            var balanced = pool.Where(t => toAssign.Any(p => !t.ConvokedDuring(p.Dates))).Select(t => t.StaffId).ToHashSet();
            if (balanced.Count == 0) balanced = pool.Select(t => t.StaffId).ToHashSet();
            var capacity = new Capacity(pool.Select(t => (t.StaffId, keptLoad.GetValueOrDefault(t.StaffId), balanced.Contains(t.StaffId))).ToList(), toAssign.Count);
            // Which teacher already follows a student at each host (kept assignments first, then as the proposal goes).
            var teacherAtHost = new Dictionary<int, int>();
            foreach (var student in kept)
                foreach (var host in student.HostIds)
                    teacherAtHost.TryAdd(host, student.CurrentTeacherId!.Value);

            foreach (var unit in Units(toAssign, pool))
            {
                var remaining = unit.ToList();
                while (remaining.Count > 0)
                {
                    var hosts = remaining.SelectMany(p => p.HostIds).ToHashSet();
                    var dates = remaining.SelectMany(p => p.Dates).ToList();
                    // Teachers free of convocation on the unit's days; all of them when nobody is.
                    var eligible = pool.Where(t => !t.ConvokedDuring(dates)).ToList();
                    var convoked = eligible.Count == 0;
                    if (convoked) eligible = pool;
                    var withRoom = eligible.Where(t => capacity.Room(t.StaffId) > 0).ToList();
                    // Every free teacher has reached the balance: the least loaded takes one student more.
                    var overflow = withRoom.Count == 0;
                    var teacher = overflow
                        ? eligible.OrderBy(t => keptLoad.GetValueOrDefault(t.StaffId) + added.GetValueOrDefault(t.StaffId)).First()
                        : withRoom
                            .OrderByDescending(t => hosts.Any(h => teacherAtHost.GetValueOrDefault(h) == t.StaffId))
                            .ThenByDescending(t => remaining.Count(p => t.PrincipalOfClassIds.Contains(p.ClassId)))
                            .ThenByDescending(t => capacity.Room(t.StaffId))
                            .First();
                    var sameHostAsFollowed = hosts.Any(h => teacherAtHost.GetValueOrDefault(h) == teacher.StaffId);
                    var taken = remaining
                        .OrderByDescending(p => teacher.PrincipalOfClassIds.Contains(p.ClassId))
                        .Take(overflow ? 1 : capacity.Room(teacher.StaffId))
                        .ToList();
                    var split = taken.Count < unit.Count;
                    examinersOnly |= convoked && teacher.ConvokedDuring(taken.SelectMany(p => p.Dates));

                    foreach (var student in taken)
                    {
                        if (overflow) capacity.Overflow(teacher.StaffId);
                        else capacity.Take(teacher.StaffId);
                        added[teacher.StaffId] = added.GetValueOrDefault(teacher.StaffId) + 1;
                        foreach (var host in student.HostIds) teacherAtHost.TryAdd(host, teacher.StaffId);
                        result[student.StudentId] = new ProposedReferent(student.StudentId, teacher.StaffId, Kept: false,
                            Reason(student, teacher, unit.Count, split, sameHostAsFollowed, convoked && teacher.ConvokedDuring(student.Dates)));
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
        return new ReferentPlan(students.Select(p => result[p.StudentId]).ToList(), loads, examinersOnly);
    }

    private static string Reason(PlacedStudent student, ReferentCandidate teacher, int unitSize, bool split, bool sameHostAsFollowed, bool convoked)
    {
        var reasons = new List<string>();
        if (sameHostAsFollowed) reasons.Add("Même structure d'accueil qu'un élève déjà suivi par ce professeur");
        else if (unitSize > 1 && !split) reasons.Add($"Même structure d'accueil que {unitSize - 1} autre(s) élève(s)");
        else if (split) reasons.Add("Structure d'accueil partagée : élèves répartis pour équilibrer les charges");
        if (teacher.PrincipalOfClassIds.Contains(student.ClassId)) reasons.Add("Professeur principal de la classe");
        if (reasons.Count == 0) reasons.Add("Répartition équilibrée des élèves");
        if (convoked) reasons.Add("Convoqué(e) comme examinateur pendant la convention : tous les enseignants disponibles le sont aussi ces jours-là");
        return string.Join(" ; ", reasons);
    }

    /// <summary>
    /// The groups of students to keep together: the students of each host, the busiest hosts first. A student with two hosts
    /// (one per week) belongs to the group of the first one taken; the other host's students then lean towards the same
    /// teacher (through the teacher already at that host). Among single students, those with a professeur principal in the
    /// pool come first, so that their teacher still has room.
    /// </summary>
    private static IEnumerable<IReadOnlyList<PlacedStudent>> Units(IReadOnlyList<PlacedStudent> students, IReadOnlyList<ReferentCandidate> pool)
    {
        var hosts = students
            .SelectMany(p => p.HostIds.Distinct().Select(host => (Host: host, Student: p)))
            .GroupBy(x => x.Host, x => x.Student)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key);
        var grouped = new HashSet<int>();
        var units = new List<IReadOnlyList<PlacedStudent>>();
        foreach (var host in hosts)
        {
            var unit = host.Where(p => grouped.Add(p.StudentId)).ToList();
            if (unit.Count > 0) units.Add(unit);
        }
        units.AddRange(students.Where(p => grouped.Add(p.StudentId)).Select(p => (IReadOnlyList<PlacedStudent>)[p]));

        var principalClasses = pool.SelectMany(t => t.PrincipalOfClassIds).ToHashSet();
        return units
            .OrderByDescending(u => u.Count)
            .ThenByDescending(u => u.Any(p => principalClasses.Contains(p.ClassId)))
            .ThenBy(u => u[0].Name, StringComparer.CurrentCulture)
            .ThenBy(u => u[0].StudentId)
            .ToList();
    }

    /// <summary>
    /// How many more students each teacher may take so that the final loads are as even as possible: every teacher is
    /// raised to a common level (those already above it keep their kept students), and the students left over are « extra »
    /// places, one per teacher at most, given to whichever teachers use them first.
    /// </summary>
    private sealed class Capacity
    {
        private readonly Dictionary<int, int> _base = [];
        private readonly Dictionary<int, int> _used = [];
        private readonly HashSet<int> _canTakeExtra = [];
        private int _extra;

        /// <param name="teachers">Each teacher, their kept students, and whether they share the balance (a teacher who does not has no room).</param>
        public Capacity(IReadOnlyList<(int StaffId, int Kept, bool Balanced)> teachers, int toAssign)
        {
            var level = 0;
            var sharing = teachers.Where(t => t.Balanced).ToList();
            while (sharing.Sum(t => Math.Max(0, level + 1 - t.Kept)) <= toAssign) level++;
            foreach (var (id, kept, balanced) in teachers)
            {
                _base[id] = balanced ? Math.Max(0, level - kept) : 0;
                _used[id] = 0;
                if (balanced && kept <= level) _canTakeExtra.Add(id);
            }
            _extra = toAssign - _base.Values.Sum();
        }

        public int Room(int staffId) => Math.Max(0, _base[staffId] - _used[staffId]) + (_extra > 0 && _canTakeExtra.Contains(staffId) ? 1 : 0);

        /// <summary>One student beyond the balance (every teacher free on the student's days has reached it).</summary>
        public void Overflow(int staffId) => _used[staffId]++;

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
