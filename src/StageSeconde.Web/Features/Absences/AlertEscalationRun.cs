namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// What an escalation run did: whether it held the lease (not when another instance held it, nor when nothing was overdue),
/// how many alerts it escalated and how many e-mails it wrote.
/// </summary>
public sealed record AlertEscalationRun(bool LeaseTaken, int Escalated, int Messages)
{
    public static readonly AlertEscalationRun Skipped = new(false, 0, 0);
    public static readonly AlertEscalationRun Idle = Skipped;
}
