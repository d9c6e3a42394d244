namespace StageSeconde.Web.Domain;

/// <summary>
/// What the coverage rules need to know of a convention: when, where and in which state.
/// Small enough to be projected straight from a query (<c>Select(a => new AgreementSlot(a.Id, …))</c>).
/// </summary>
public sealed record AgreementSlot(int AgreementId, int HostOrganisationId, PeriodOption Period, DateOnly FirstDay, DateOnly LastDay, AgreementState State)
{
    public bool IsOneWeek => Period is PeriodOption.Week1 or PeriodOption.Week2;
    public bool IsCancelled => State == AgreementState.Cancelled;
    public bool Overlaps(AgreementSlot other) => FirstDay <= other.LastDay && other.FirstDay <= LastDay;
}
