namespace StageSeconde.Web.Features.Referents;

/// <summary>A staff member who may be a referent teacher, with what the proposal weighs.</summary>
public sealed record ReferentCandidate(int StaffId, string Name, bool AvailableDuringPeriod, bool BusyAsExaminer, IReadOnlyCollection<int> PrincipalOfClassIds)
{
    /// <summary>Why the proposal avoids this teacher, in French; null when it does not.</summary>
    public string? Note => !AvailableDuringPeriod ? "Indisponible pendant la période" : BusyAsExaminer ? "Membre d'un jury d'examen" : null;
}
