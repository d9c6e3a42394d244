using System.Globalization;

namespace StageSeconde.Web.Domain.Programme;

/// <summary>
/// Proposes the in-school programme's timetable: one activity per group and half-day present, with a room and a supervisor,
/// every rule of <see cref="TimetableConflicts"/> kept. Pure and deterministic (inputs sorted by id, no randomness, the
/// search bounded by a count of steps, not by time). When the input cannot be satisfied: no slot, and French reasons —
/// counting checks first (per half-day, per group and theme), then what the search could not place.
/// Method and measurements: docs/decisions/0014-generateur-emploi-du-temps.md.
/// </summary>
public static class TimetableGenerator
{
    /// <summary>
    /// Steps (tries to place one group's day) the search may take on one day before it gives up: this many, plus 20 × the
    /// square of the day's groups (the checks ahead grow with it). Deterministic, unlike a time limit.
    /// </summary>
    public const int StepsPerDay = 20_000;

    internal static int StepBudget(int groups) => StepsPerDay + 20 * groups * groups;

    /// <summary>Tries per day, each with the groups the previous one could not place moved to the front.</summary>
    public const int TriesPerDay = 4;

    /// <summary>Whole new searches, each turning the order of the themes and activities another way, before giving up.</summary>
    public const int Variants = 6;

    public static TimetableOutcome Generate(TimetableProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var sorted = Sorted(problem);

        var locked = CompleteLocked(sorted);
        var lockedConflicts = TimetableConflicts.Check(sorted, locked, complete: false);
        if (lockedConflicts.Count > 0)
            return TimetableOutcome.Infeasible(lockedConflicts.Select(c => "Créneaux verrouillés : " + c.Message));

        var reasons = new TimetableSearch(sorted, locked, 0).CountingChecks();
        if (reasons.Count > 0) return TimetableOutcome.Infeasible(reasons);

        List<TimetableSlot>? slots = null;
        List<string> firstFailure = [];
        for (var variant = 0; variant < Variants && slots is null; variant++)
        {
            slots = new TimetableSearch(sorted, locked, variant).Run(out var failure);
            if (variant == 0) firstFailure = failure;
        }
        if (slots is null) return TimetableOutcome.Infeasible(firstFailure);

        // The promise: never a timetable with a conflict.
        var conflicts = TimetableConflicts.Find(sorted, slots);
        return conflicts.Count == 0
            ? new TimetableOutcome(slots, [])
            : TimetableOutcome.Infeasible(conflicts.Select(c => "Emploi du temps refusé : " + c.Message));
    }

    /// <summary>The same problem with every list in a stable order, so that the order of the input never changes the result.</summary>
    private static TimetableProblem Sorted(TimetableProblem p) => new(
        p.HalfDays.Distinct().OrderBy(h => h).ToList(),
        p.Groups.OrderBy(g => g.Id).ToList(),
        p.Activities.OrderBy(a => a.Id).ToList(),
        p.Rooms.OrderBy(r => r.Id).ToList(),
        p.Supervisors.OrderBy(s => s.Id).ToList(),
        p.Locked.OrderBy(s => s.HalfDay).ThenBy(s => s.GroupId).ThenBy(s => s.ActivityId).ThenBy(s => s.RoomId ?? 0).ThenBy(s => s.SupervisorId).ToList());

    /// <summary>A locked half of a whole-day activity brings its other half with it (same room, same supervisor).</summary>
    private static List<TimetableSlot> CompleteLocked(TimetableProblem p)
    {
        var activities = p.Activities.ToDictionary(a => a.Id);
        var groups = p.Groups.ToDictionary(g => g.Id);
        var locked = p.Locked.Distinct().ToList();
        var taken = locked.Select(s => (s.GroupId, s.HalfDay)).ToHashSet();
        foreach (var slot in p.Locked)
        {
            if (!activities.TryGetValue(slot.ActivityId, out var activity) || activity.LengthInHalfDays != 2) continue;
            if (!groups.TryGetValue(slot.GroupId, out var group) || !group.Present.Contains(slot.HalfDay.Other)) continue;
            if (taken.Add((slot.GroupId, slot.HalfDay.Other))) locked.Add(slot with { HalfDay = slot.HalfDay.Other });
        }
        return locked;
    }
}

/// <summary>The search behind <see cref="TimetableGenerator"/>: day by day, group by group, with backtracking inside a day.</summary>
internal sealed class TimetableSearch
{
    private const int Kinds = 5; // SupervisorKind 0..4, index 0 unused for counts
    private static readonly ProgrammeTheme[] Themes = Enum.GetValues<ProgrammeTheme>();

    private readonly TimetableGroup[] _groups;
    private readonly TimetableActivity[] _acts;
    private readonly TimetableRoom[] _rooms;
    private readonly TimetableSupervisor[] _sups;
    private readonly HalfDay[] _halves;
    private readonly List<(DateOnly Date, int Morning, int Afternoon)> _days = [];
    private readonly int _g, _h, _a, _r, _s;
    private readonly int _variant;
    private readonly bool _forwardCheck;

    private readonly bool[,] _present;      // [group, half]
    private readonly bool[,] _available;    // [supervisor, half]
    private readonly int[][] _roomsByKind;   // RoomKind → rooms by capacity then id
    private readonly bool[][] _usable;       // [group][activity]: fits the size, a room and a supervisor exist

    // The timetable being built.
    private readonly int[] _slotAct, _slotRoom, _slotSup; // [group * H + half], -1 = none / supervisor chosen at the end
    private readonly bool[] _locked;
    private readonly bool[,] _roomUsed;       // [half, room]
    private readonly bool[,] _supUsed;        // [half, supervisor]
    private readonly int[,] _freeByKind;      // [half, kind] available supervisors not yet named
    private readonly int[] _freeTotal;        // [half]
    private readonly int[,] _needByKind;      // [half, kind] slots waiting for a supervisor of this kind
    private readonly int[] _needTotal;        // [half] slots waiting for a supervisor (any kind)
    private readonly int[,] _themeCount;      // [group, theme]
    private readonly int[,] _actUse;          // [group, activity]
    private readonly int[] _supLoad;          // half-days given to each supervisor

    public TimetableSearch(TimetableProblem sorted, IReadOnlyList<TimetableSlot> locked, int variant, bool forwardCheck = true)
    {
        _variant = variant;
        _forwardCheck = forwardCheck;
        _groups = [.. sorted.Groups];
        _acts = [.. sorted.Activities];
        _rooms = [.. sorted.Rooms];
        _sups = [.. sorted.Supervisors];
        _halves = [.. sorted.HalfDays];
        (_g, _h, _a, _r, _s) = (_groups.Length, _halves.Length, _acts.Length, _rooms.Length, _sups.Length);
        var halfIndex = new Dictionary<HalfDay, int>();
        for (var i = 0; i < _h; i++) halfIndex[_halves[i]] = i;
        foreach (var date in _halves.Select(h => h.Date).Distinct())
            _days.Add((date, halfIndex.GetValueOrDefault(HalfDay.Morning(date), -1), halfIndex.GetValueOrDefault(HalfDay.AfternoonOf(date), -1)));

        _present = new bool[_g, _h];
        for (var g = 0; g < _g; g++)
            for (var h = 0; h < _h; h++) _present[g, h] = _groups[g].Present.Contains(_halves[h]);
        _available = new bool[_s, _h];
        for (var s = 0; s < _s; s++)
            for (var h = 0; h < _h; h++) _available[s, h] = _sups[s].Available.Contains(_halves[h]);
        _roomsByKind = new int[6][];
        for (var k = 0; k < 6; k++)
            _roomsByKind[k] = [.. Enumerable.Range(0, _r).Where(r => (int)_rooms[r].Kind == k).OrderBy(r => _rooms[r].Capacity).ThenBy(r => _rooms[r].Id)];
        _usable = new bool[_g][];
        for (var g = 0; g < _g; g++)
        {
            _usable[g] = new bool[_a];
            for (var a = 0; a < _a; a++) _usable[g][a] = Fits(_groups[g], _acts[a]);
        }

        _slotAct = Filled(_g * _h, -1);
        _slotRoom = Filled(_g * _h, -1);
        _slotSup = Filled(_g * _h, -1);
        _locked = new bool[_g * _h];
        _roomUsed = new bool[_h, _r];
        _supUsed = new bool[_h, _s];
        _freeByKind = new int[_h, Kinds];
        _freeTotal = new int[_h];
        _needByKind = new int[_h, Kinds];
        _needTotal = new int[_h];
        _themeCount = new int[_g, 5];
        _actUse = new int[_g, _a];
        _supLoad = new int[_s];
        for (var s = 0; s < _s; s++)
            for (var h = 0; h < _h; h++)
                if (_available[s, h]) { _freeByKind[h, (int)_sups[s].Kind]++; _freeTotal[h]++; }

        var gi = Index(_groups, x => x.Id);
        var ai = Index(_acts, x => x.Id);
        var ri = Index(_rooms, x => x.Id);
        var si = Index(_sups, x => x.Id);
        foreach (var slot in locked)
        {
            // The locked slots were checked by TimetableConflicts: every reference exists, nothing is booked twice.
            int g = gi[slot.GroupId], h = halfIndex[slot.HalfDay], a = ai[slot.ActivityId], s = si[slot.SupervisorId];
            var at = g * _h + h;
            _locked[at] = true;
            _slotAct[at] = a;
            _slotSup[at] = s;
            _themeCount[g, (int)_acts[a].Theme]++;
            _actUse[g, a]++;
            _supUsed[h, s] = true;
            _supLoad[s]++;
            _freeByKind[h, (int)_sups[s].Kind]--;
            _freeTotal[h]--;
            if (slot.RoomId is { } roomId)
            {
                _slotRoom[at] = ri[roomId];
                _roomUsed[h, ri[roomId]] = true;
            }
        }
    }

    private bool Fits(TimetableGroup group, TimetableActivity act)
    {
        if (act.LengthInHalfDays is not (1 or 2) || group.Size > act.MaxGroupSize) return false;
        if (act.RoomKind == RoomKind.Outside ? !act.IsOuting : !_rooms.Any(r => r.Kind == act.RoomKind && r.Capacity >= group.Size)) return false;
        return _sups.Any(s => act.SupervisorKind == SupervisorKind.Any || s.Kind == act.SupervisorKind);
    }

    // ---------------------------------------------------------------- counting checks

    /// <summary>Necessary conditions, cheap to count, each failure said in French: if any fails, no search is needed.</summary>
    public List<string> CountingChecks()
    {
        var reasons = new List<string>();
        var inPeriod = _halves.ToHashSet();
        foreach (var half in _halves.Where(h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday))
            reasons.Add(Text($"{half.Label} n'est pas une demi-journée du programme (du lundi au vendredi)."));
        foreach (var group in _groups)
        {
            var outside = group.Present.Where(h => !inPeriod.Contains(h)).OrderBy(h => h).ToList();
            if (outside.Count > 0)
                reasons.Add(Text($"{group.Name} est au programme le {outside[0].Label}, hors de la période."));
            if (group.Size <= 0)
                reasons.Add(Text($"{group.Name} n'a aucun élève."));
        }

        for (var g = 0; g < _g; g++)
        {
            var group = _groups[g];
            if (!Enumerable.Range(0, _h).Any(h => _present[g, h])) continue;
            foreach (var theme in Themes)
            {
                var ofTheme = _acts.Where(a => a.Theme == theme && a.LengthInHalfDays is 1 or 2).ToList();
                if (ofTheme.Count == 0)
                {
                    reasons.Add(Text($"Le catalogue n'a aucune activité du thème « {ProgrammeLabels.Theme(theme)} »."));
                    continue;
                }
                var bySize = ofTheme.Where(a => a.MaxGroupSize >= group.Size).ToList();
                if (bySize.Count == 0)
                {
                    reasons.Add(Text($"{group.Name} : aucune activité du thème « {ProgrammeLabels.Theme(theme)} » n'accepte un groupe de {group.Size} élèves."));
                    continue;
                }
                if (bySize.Any(a => Fits(group, a))) continue;
                foreach (var act in bySize)
                {
                    if (act.RoomKind == RoomKind.Outside && !act.IsOuting)
                        reasons.Add(Text($"{act.Name} n'a pas de salle mais n'est pas une sortie : corrigez le catalogue."));
                    else if (act.RoomKind != RoomKind.Outside && !_rooms.Any(r => r.Kind == act.RoomKind && r.Capacity >= group.Size))
                        reasons.Add(Text($"Aucune salle de type {ProgrammeLabels.Room(act.RoomKind)} ne peut accueillir le groupe {group.Name} ({group.Size} élèves) pour le thème « {ProgrammeLabels.Theme(theme)} »."));
                    else if (!_sups.Any(s => act.SupervisorKind == SupervisorKind.Any || s.Kind == act.SupervisorKind))
                        reasons.Add(Text($"Aucun encadrant de type {ProgrammeLabels.Supervisor(act.SupervisorKind)} pour le thème « {ProgrammeLabels.Theme(theme)} »."));
                }
            }

            // An enquête métier (or a whole-day outing) every day present, and at least one other half-day for each other theme.
            var spare = 0;
            for (var d = 0; d < _days.Count; d++)
            {
                var (free, needsInquiry) = DayNeeds(g, d);
                if (needsInquiry && free == 0)
                    reasons.Add(Text($"{group.Name}, {HalfDay.DayLabelOf(_days[d].Date)} : les créneaux verrouillés ne laissent pas de place pour l'enquête métier."));
                spare += Math.Max(0, free - (needsInquiry ? 1 : 0));
            }
            var missing = MissingOtherThemes(g);
            if (spare < missing)
                reasons.Add(Text($"{group.Name} : {Enumerable.Range(0, _h).Count(h => _present[g, h])} demi-journées de présence ne suffisent pas pour une enquête métier par jour et les {missing} autres thèmes."));
        }

        // Each theme over the period: groups that still need it, against the half-days × supervisors (and rooms) its activities can have.
        foreach (var theme in Themes.Where(t => t != ProgrammeTheme.JobInquiry))
        {
            var activities = _acts.Where(x => x.Theme == theme && x.LengthInHalfDays is 1 or 2 && (x.RoomKind != RoomKind.Outside || x.IsOuting)).ToList();
            if (activities.Count == 0) continue; // already said
            var needing = Enumerable.Range(0, _g).Count(g => _themeCount[g, (int)theme] == 0 && Enumerable.Range(0, _h).Any(h => _present[g, h]));
            if (needing == 0) continue;
            var anyKind = activities.Any(x => x.SupervisorKind == SupervisorKind.Any);
            var kinds = activities.Select(x => x.SupervisorKind).Distinct().ToList();
            var outing = activities.Any(x => x.RoomKind == RoomKind.Outside);
            var roomKinds = activities.Select(x => x.RoomKind).Where(k => k != RoomKind.Outside).Distinct().ToList();
            var capacity = 0;
            for (var h = 0; h < _h; h++)
            {
                var groups = Enumerable.Range(0, _g).Count(g => _present[g, h] && !_locked[g * _h + h]);
                var supervisors = anyKind ? _freeTotal[h] : kinds.Sum(k => _freeByKind[h, (int)k]);
                var rooms = outing ? int.MaxValue : Enumerable.Range(0, _r).Count(r => roomKinds.Contains(_rooms[r].Kind) && !_roomUsed[h, r]);
                capacity += Math.Min(groups, Math.Min(supervisors, rooms));
            }
            if (capacity < needing)
            {
                var who = anyKind ? "d'encadrants" : "d'encadrants de type " + string.Join(" ou ", kinds.Select(ProgrammeLabels.Supervisor));
                var where = outing ? "" : " ou de salles de type " + string.Join(" ou ", roomKinds.Select(ProgrammeLabels.Room));
                reasons.Add(Text($"Le thème « {ProgrammeLabels.Theme(theme)} » ne peut être rencontré que par {capacity} groupe(s) sur {needing} : pas assez {who}{where} libres sur la période pour ses activités."));
            }
        }

        for (var h = 0; h < _h; h++)
        {
            var waiting = Enumerable.Range(0, _g).Where(g => _present[g, h] && !_locked[g * _h + h]).ToList();
            if (waiting.Count == 0) continue;
            var label = _halves[h].Label;
            if (waiting.Count > _freeTotal[h])
            {
                var lockedHere = Enumerable.Range(0, _g).Count(g => _locked[g * _h + h]);
                reasons.Add(lockedHere == 0
                    ? Text($"{label} : {waiting.Count} groupes, {_freeTotal[h]} surveillants disponibles.")
                    : Text($"{label} : {waiting.Count} groupes à placer, {_freeTotal[h]} surveillants disponibles (hors créneaux verrouillés)."));
            }
            // Groups that cannot go out need a room of a kind some activity uses.
            var needRoom = waiting.Count(g => !Enumerable.Range(0, _a).Any(a => _usable[g][a] && _acts[a].RoomKind == RoomKind.Outside));
            var roomKinds = _acts.Where(a => a.RoomKind != RoomKind.Outside).Select(a => a.RoomKind).ToHashSet();
            var rooms = Enumerable.Range(0, _r).Count(r => roomKinds.Contains(_rooms[r].Kind) && !_roomUsed[h, r]);
            if (needRoom > rooms)
                reasons.Add(Text($"{label} : {needRoom} groupes ont besoin d'une salle, {rooms} salles adaptées."));
            // Kinds of supervisor some groups cannot do without.
            foreach (var kind in new[] { SupervisorKind.Teacher, SupervisorKind.Librarian, SupervisorKind.PsyEn, SupervisorKind.Aed })
            {
                var only = waiting.Count(g => Enumerable.Range(0, _a).Any(a => _usable[g][a])
                    && Enumerable.Range(0, _a).Where(a => _usable[g][a]).All(a => _acts[a].SupervisorKind == kind));
                if (only > _freeByKind[h, (int)kind])
                    reasons.Add(Text($"{label} : {only} groupes ont besoin d'un encadrant de type {ProgrammeLabels.Supervisor(kind)}, {_freeByKind[h, (int)kind]} disponibles."));
            }
        }
        return reasons;
    }

    /// <summary>
    /// On day <paramref name="d"/>: the half-days of the group still to fill, and whether one must be an enquête métier (or
    /// the day a whole-day outing).
    /// </summary>
    private (int Free, bool NeedsInquiry) DayNeeds(int g, int d)
    {
        var (_, m, a) = _days[d];
        int free = 0; var present = false; var inquiryLocked = false;
        foreach (var h in new[] { m, a })
        {
            if (h < 0 || !_present[g, h]) continue;
            present = true;
            if (!_locked[g * _h + h]) free++;
            else if (TimetableConflicts.CountsAsInquiry(_acts[_slotAct[g * _h + h]])) inquiryLocked = true;
        }
        return (free, present && !inquiryLocked);
    }

    private int MissingOtherThemes(int g) => Themes.Count(t => t != ProgrammeTheme.JobInquiry && _themeCount[g, (int)t] == 0);

    // ---------------------------------------------------------------- search

    private readonly record struct DayOption(int Morning, int Afternoon, bool WholeDay);

    public List<TimetableSlot>? Run(out List<string> failure)
    {
        failure = [];
        // Half-days of the group still to fill after day d, beyond the daily enquête métier: room left for the missing themes.
        var spareAfter = new int[_g, _days.Count + 1];
        for (var g = 0; g < _g; g++)
            for (var d = _days.Count - 1; d >= 0; d--)
            {
                var (free, inquiry) = DayNeeds(g, d);
                spareAfter[g, d] = spareAfter[g, d + 1] + Math.Max(0, free - (inquiry ? 1 : 0));
            }

        for (var d = 0; d < _days.Count; d++)
        {
            var (date, m, a) = _days[d];
            var bySize = Enumerable.Range(0, _g).Where(g => DayNeeds(g, d).Free > 0)
                .OrderByDescending(g => _groups[g].Size).ThenBy(g => _groups[g].Id).ToList();
            if (bySize.Count == 0) continue;
            var optionsOf = bySize.ToDictionary(g => g, g => Options(g, d, spareAfter[g, d + 1]));

            // Largest groups first (then the smallest room that holds each one never wastes a room); a group the search
            // could not place goes to the front on the next try (the "squeaky wheel"), a few times at most.
            var promoted = new List<int>();
            int[] dayGroups = [];
            var deepest = 0;
            var placed = false;
            for (var attempt = 0; attempt < TimetableGenerator.TriesPerDay && !placed; attempt++)
            {
                dayGroups = [.. promoted, .. bySize.Where(g => !promoted.Contains(g))];
                placed = PlaceDay(dayGroups, dayGroups.Select(g => optionsOf[g]).ToArray(), m, a, out deepest);
                if (!placed)
                {
                    if (promoted.Contains(dayGroups[deepest])) break;
                    promoted.Add(dayGroups[deepest]);
                }
            }
            if (!placed)
            {
                var stuck = dayGroups[deepest];
                failure.Add(DayFailure(date, m, a, dayGroups, deepest, optionsOf[stuck].Count == 0, g => spareAfter[g, d + 1]));
                return null;
            }
            foreach (var g in dayGroups)
                foreach (var h in new[] { m, a })
                    if (h >= 0 && _slotAct[g * _h + h] >= 0 && !_locked[g * _h + h])
                    {
                        _themeCount[g, (int)_acts[_slotAct[g * _h + h]].Theme]++;
                        _actUse[g, _slotAct[g * _h + h]]++;
                    }
        }

        NameSupervisors();
        var slots = new List<TimetableSlot>();
        for (var h = 0; h < _h; h++)
            for (var g = 0; g < _g; g++)
            {
                var at = g * _h + h;
                if (_slotAct[at] < 0) continue;
                slots.Add(new TimetableSlot(_groups[g].Id, _halves[h], _acts[_slotAct[at]].Id,
                    _slotRoom[at] >= 0 ? _rooms[_slotRoom[at]].Id : null, _sups[_slotSup[at]].Id));
            }
        return slots;
    }

    /// <summary>Backtracking over the day's groups in the given order; each step checks that every later group still has a way.</summary>
    private bool PlaceDay(int[] dayGroups, List<DayOption>[] options, int m, int a, out int deepest)
    {
        // Groups after position i still needing each half: a quick count before going deeper.
        var restM = new int[dayGroups.Length + 1];
        var restA = new int[dayGroups.Length + 1];
        for (var i = dayGroups.Length - 1; i >= 0; i--)
        {
            var g = dayGroups[i];
            restM[i] = restM[i + 1] + (m >= 0 && _present[g, m] && !_locked[g * _h + m] ? 1 : 0);
            restA[i] = restA[i + 1] + (a >= 0 && _present[g, a] && !_locked[g * _h + a] ? 1 : 0);
        }

        var steps = 0;
        var budget = TimetableGenerator.StepBudget(dayGroups.Length);
        var deepestSoFar = 0;
        bool StillPossible(int from)
        {
            for (var j = from; j < dayGroups.Length; j++)
            {
                var possible = false;
                foreach (var option in options[j])
                {
                    if (++steps > budget) return false;
                    if (!Apply(dayGroups[j], m, a, option)) continue;
                    Undo(dayGroups[j], m, a, option);
                    possible = true;
                    break;
                }
                if (!possible) return false;
            }
            return true;
        }

        bool Place(int i)
        {
            if (i == dayGroups.Length) return true;
            deepestSoFar = Math.Max(deepestSoFar, i);
            var g = dayGroups[i];
            foreach (var option in options[i])
            {
                if (++steps > budget) return false;
                if (!Apply(g, m, a, option)) continue;
                if ((m < 0 || _needTotal[m] + restM[i + 1] <= _freeTotal[m])
                    && (a < 0 || _needTotal[a] + restA[i + 1] <= _freeTotal[a])
                    && (!_forwardCheck || StillPossible(i + 1))
                    && Place(i + 1))
                    return true;
                Undo(g, m, a, option);
                if (steps > budget) return false;
            }
            return false;
        }

        var placed = Place(0);
        deepest = deepestSoFar;
        return placed;
    }

    /// <summary>
    /// The group's possible days, best first: the themes it has not met yet first (turning with the group and the day so
    /// that groups spread over the catalogue), then what it has done least; the enquête métier in the morning or the
    /// afternoon, alternately; a whole-day activity only when it keeps the day's enquête métier rhythm (an enquête métier,
    /// or an outing of any theme: the pupils interview the professionals they meet there).
    /// </summary>
    private List<DayOption> Options(int g, int d, int spareLater)
    {
        var (_, m, a) = _days[d];
        bool Free(int h) => h >= 0 && _present[g, h] && !_locked[g * _h + h];
        var (_, needsInquiry) = DayNeeds(g, d);
        var missing = new bool[5];
        foreach (var t in Themes) missing[(int)t] = _themeCount[g, (int)t] == 0;
        var turn = g + d + 3 * _variant;

        int Rank(int act) => (_acts[act].Theme == ProgrammeTheme.JobInquiry ? 4 : 0) + ((int)_acts[act].Theme + turn) % 4;
        var singles = Enumerable.Range(0, _a).Where(x => _usable[g][x] && _acts[x].LengthInHalfDays == 1).ToList();
        var free = singles.Concat(Enumerable.Range(0, _a).Where(x => _usable[g][x] && _acts[x].LengthInHalfDays == 2 && TimetableConflicts.CountsAsInquiry(_acts[x])))
            .OrderBy(x => missing[(int)_acts[x].Theme] ? 0 : 1)
            .ThenBy(x => missing[(int)_acts[x].Theme] ? Rank(x) : _themeCount[g, (int)_acts[x].Theme])
            .ThenBy(x => _actUse[g, x])
            .ThenBy(x => (x + turn) % Math.Max(1, _a))
            .ToList();
        var inquiries = singles.Where(x => _acts[x].Theme == ProgrammeTheme.JobInquiry)
            .OrderBy(x => _actUse[g, x]).ThenBy(x => (x + turn) % Math.Max(1, _a)).ToList();

        var options = new List<DayOption>();
        var seen = new HashSet<DayOption>();
        void Offer(DayOption option)
        {
            var themes = new HashSet<ProgrammeTheme>();
            if (option.Morning >= 0) themes.Add(_acts[option.Morning].Theme);
            if (option.Afternoon >= 0) themes.Add(_acts[option.Afternoon].Theme);
            if (needsInquiry && !themes.Contains(ProgrammeTheme.JobInquiry) && !(option.WholeDay && TimetableConflicts.CountsAsInquiry(_acts[option.Morning]))) return;
            var stillMissing = Themes.Count(t => t != ProgrammeTheme.JobInquiry && missing[(int)t] && !themes.Contains(t));
            if (stillMissing > spareLater) return; // the missing themes would no longer fit in the days left
            if (seen.Add(option)) options.Add(option);
        }

        if (Free(m) && Free(a))
        {
            var inquiryFirstInMorning = (turn + _variant) % 2 == 0;
            foreach (var x in free)
            {
                if (_acts[x].LengthInHalfDays == 2) { Offer(new DayOption(x, x, true)); continue; }
                foreach (var morning in new[] { inquiryFirstInMorning, !inquiryFirstInMorning })
                    foreach (var j in inquiries)
                        Offer(morning ? new DayOption(j, x, false) : new DayOption(x, j, false));
            }
        }
        else
        {
            var pool = needsInquiry ? inquiries : free.Where(x => _acts[x].LengthInHalfDays == 1).ToList();
            foreach (var x in pool)
                Offer(Free(m) ? new DayOption(x, -1, false) : new DayOption(-1, x, false));
        }
        return options;
    }

    private bool Apply(int g, int m, int a, DayOption option)
    {
        if (option.WholeDay) return ApplyWholeDay(g, m, a, option.Morning);
        if (option.Morning >= 0 && !ApplyHalf(g, m, option.Morning)) return false;
        if (option.Afternoon >= 0 && !ApplyHalf(g, a, option.Afternoon))
        {
            if (option.Morning >= 0) UndoHalf(g, m);
            return false;
        }
        return true;
    }

    private void Undo(int g, int m, int a, DayOption option)
    {
        if (option.Morning >= 0) UndoHalf(g, m);
        if (option.Afternoon >= 0) UndoHalf(g, a);
    }

    /// <summary>The smallest free room of the kind that holds the group (largest groups go first: this never wastes a room).</summary>
    private int FreeRoom(int g, RoomKind kind, int h1, int h2)
    {
        foreach (var r in _roomsByKind[(int)kind])
            if (_rooms[r].Capacity >= _groups[g].Size && !_roomUsed[h1, r] && (h2 < 0 || !_roomUsed[h2, r])) return r;
        return -1;
    }

    private bool ApplyHalf(int g, int h, int act)
    {
        var activity = _acts[act];
        var room = -1;
        if (activity.RoomKind != RoomKind.Outside)
        {
            room = FreeRoom(g, activity.RoomKind, h, -1);
            if (room < 0) return false;
        }
        // Supervisors are named at the end; here only counted (exact: each kind, and all of them together).
        var kind = (int)activity.SupervisorKind;
        if (_needTotal[h] + 1 > _freeTotal[h]) return false;
        if (kind != 0 && _needByKind[h, kind] + 1 > _freeByKind[h, kind]) return false;
        if (kind != 0) _needByKind[h, kind]++;
        _needTotal[h]++;
        var at = g * _h + h;
        _slotAct[at] = act;
        _slotRoom[at] = room;
        _slotSup[at] = -1;
        if (room >= 0) _roomUsed[h, room] = true;
        return true;
    }

    private bool ApplyWholeDay(int g, int m, int a, int act)
    {
        var activity = _acts[act];
        var room = -1;
        if (activity.RoomKind != RoomKind.Outside)
        {
            room = FreeRoom(g, activity.RoomKind, m, a);
            if (room < 0) return false;
        }
        // One supervisor for the whole day, named now: the one whose kind has the most to spare.
        var best = -1;
        var bestSpare = int.MinValue;
        for (var s = 0; s < _s; s++)
        {
            var k = (int)_sups[s].Kind;
            if (activity.SupervisorKind != SupervisorKind.Any && k != (int)activity.SupervisorKind) continue;
            if (!_available[s, m] || !_available[s, a] || _supUsed[m, s] || _supUsed[a, s]) continue;
            var spare = Math.Min(Math.Min(_freeByKind[m, k] - _needByKind[m, k], _freeByKind[a, k] - _needByKind[a, k]),
                Math.Min(_freeTotal[m] - _needTotal[m], _freeTotal[a] - _needTotal[a]));
            if (spare <= 0) continue;
            if (spare > bestSpare || spare == bestSpare && _supLoad[s] < _supLoad[best]) (best, bestSpare) = (s, spare);
        }
        if (best < 0) return false;
        foreach (var h in new[] { m, a })
        {
            var at = g * _h + h;
            _slotAct[at] = act;
            _slotRoom[at] = room;
            _slotSup[at] = best;
            if (room >= 0) _roomUsed[h, room] = true;
            _supUsed[h, best] = true;
            _freeByKind[h, (int)_sups[best].Kind]--;
            _freeTotal[h]--;
        }
        _supLoad[best] += 2;
        return true;
    }

    private void UndoHalf(int g, int h)
    {
        var at = g * _h + h;
        var act = _slotAct[at];
        if (_slotRoom[at] >= 0) _roomUsed[h, _slotRoom[at]] = false;
        if (_slotSup[at] >= 0)
        {
            var s = _slotSup[at];
            _supUsed[h, s] = false;
            _freeByKind[h, (int)_sups[s].Kind]++;
            _freeTotal[h]++;
            _supLoad[s]--;
        }
        else
        {
            var kind = (int)_acts[act].SupervisorKind;
            if (kind != 0) _needByKind[h, kind]--;
            _needTotal[h]--;
        }
        _slotAct[at] = -1;
        _slotRoom[at] = -1;
        _slotSup[at] = -1;
    }

    /// <summary>Names the supervisors counted so far: a given kind first, then "any"; each time the least busy one, then by id.</summary>
    private void NameSupervisors()
    {
        for (var h = 0; h < _h; h++)
        {
            var waiting = Enumerable.Range(0, _g).Where(g => _slotAct[g * _h + h] >= 0 && _slotSup[g * _h + h] < 0)
                .OrderBy(g => _acts[_slotAct[g * _h + h]].SupervisorKind == SupervisorKind.Any ? 1 : 0).ThenBy(g => g).ToList();
            foreach (var g in waiting)
            {
                var kind = _acts[_slotAct[g * _h + h]].SupervisorKind;
                var best = -1;
                for (var s = 0; s < _s; s++)
                {
                    if (!_available[s, h] || _supUsed[h, s] || kind != SupervisorKind.Any && _sups[s].Kind != kind) continue;
                    if (best < 0 || _supLoad[s] < _supLoad[best]) best = s;
                }
                // Cannot happen: the counts were kept exact during the search; TimetableConflicts.Find would say it anyway.
                if (best < 0) continue;
                _slotSup[g * _h + h] = best;
                _supUsed[h, best] = true;
                _supLoad[best]++;
            }
        }
    }

    private string DayFailure(DateOnly date, int m, int a, int[] dayGroups, int deepest, bool noOption, Func<int, int> spareLater)
    {
        var group = _groups[dayGroups[deepest]];
        // Groups for which this day was the last chance of a theme: the likely cause.
        var lastChances = dayGroups.OrderBy(g => _groups[g].Id).Select(g =>
        {
            var missing = Themes.Where(t => t != ProgrammeTheme.JobInquiry && _themeCount[g, (int)t] == 0).ToList();
            return missing.Count > spareLater(g)
                ? Text($"{_groups[g].Name} : {string.Join(", ", missing.Select(t => $"« {ProgrammeLabels.Theme(t)} »"))}")
                : null;
        }).OfType<string>().ToList();
        var lastChance = lastChances.Count > 0
            ? Text($" C'était le dernier jour pour un thème qui manque encore ({string.Join(" ; ", lastChances)}) : les encadrants, les salles ou les activités de ce thème ne suffisent pas ce jour-là.")
            : "";
        string Half(int h, string name)
        {
            if (h < 0) return "";
            var groups = dayGroups.Count(g => _present[g, h] && !_locked[g * _h + h]);
            var lockedRooms = Enumerable.Range(0, _r).Count(r => _roomUsed[h, r]);
            return Text($"{name} : {groups} groupes, {_freeTotal[h] - _needTotal[h]} encadrants et {_r - lockedRooms} salles libres");
        }
        var detail = string.Join(" ; ", new[] { Half(m, "matin"), Half(a, "après-midi") }.Where(x => x.Length > 0));
        return noOption
            ? Text($"{HalfDay.DayLabelOf(date)} : rien ne convient à {group.Name} ({group.Size} élèves) ce jour-là : les thèmes qui lui manquent ne tiennent plus dans les jours restants, ou aucune activité d'enquête métier (ni sortie d'une journée) ne lui convient.")
            : Text($"{HalfDay.DayLabelOf(date)} : aucun emploi du temps sans conflit trouvé pour {group.Name} ({group.Size} élèves) et les groupes suivants ({detail}). Ajoutez des encadrants, des salles ou des activités, ou libérez des créneaux verrouillés.{lastChance}");
    }

    private static int[] Filled(int length, int value)
    {
        var array = new int[length];
        Array.Fill(array, value);
        return array;
    }

    private static Dictionary<int, int> Index<T>(T[] items, Func<T, int> id)
    {
        var index = new Dictionary<int, int>();
        for (var i = 0; i < items.Length; i++) index.TryAdd(id(items[i]), i);
        return index;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
