namespace StageSeconde.Web.Features.Referents;

/// <summary>
/// A staff member who may be a referent teacher, with what the proposal weighs: availability during the period, the days
/// they are convoked as examiner (<see cref="Domain.Programme.ExaminerDuty"/>, a half-day counts as the day), the classes
/// they are professeur principal of.
/// </summary>
public sealed record ReferentCandidate(int StaffId, string Name, bool AvailableDuringPeriod, IReadOnlyCollection<DateOnly> ExaminerDays, IReadOnlyCollection<int> PrincipalOfClassIds)
{
    /// <summary>Whether one of the convocation days falls within one of <paramref name="periods"/> (first and last day included).</summary>
    public bool ConvokedDuring(IEnumerable<(DateOnly First, DateOnly Last)> periods) =>
        periods.Any(p => ExaminerDays.Any(d => d >= p.First && d <= p.Last));

    /// <summary>Why the proposal avoids this teacher, in French; null when it does not.</summary>
    public string? Note => !AvailableDuringPeriod ? "Indisponible pendant la période"
        : ExaminerDays.Count > 0 ? $"Convoqué(e) comme examinateur : {ExaminerDays.Count} jour(s)" : null;
}
