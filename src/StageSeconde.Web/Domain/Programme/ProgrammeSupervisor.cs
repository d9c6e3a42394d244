namespace StageSeconde.Web.Domain.Programme;

/// <summary>
/// A staff member who supervises activities of the in-school programme, with their kind (teacher, professeur documentaliste,
/// PsyEN, AED). Available every half-day of the period except their <see cref="Unavailabilities"/> and their examiner duty
/// (<see cref="ExaminerDuty"/>).
/// </summary>
public class ProgrammeSupervisor : SchoolEntity
{
    private readonly List<SupervisorUnavailability> _unavailabilities = [];

    private ProgrammeSupervisor() { }

    public ProgrammeSupervisor(int schoolYearId, int staffMemberId, SupervisorKind kind)
    {
        SchoolYearId = schoolYearId;
        StaffMemberId = staffMemberId;
        ChangeKind(kind);
    }

    public int SchoolYearId { get; private set; }
    public int StaffMemberId { get; private set; }
    public StaffMember? StaffMember { get; private set; }
    public SupervisorKind Kind { get; private set; }
    public IReadOnlyList<SupervisorUnavailability> Unavailabilities => _unavailabilities;

    public void ChangeKind(SupervisorKind kind)
    {
        if (!Enum.IsDefined(kind) || kind == SupervisorKind.Any) throw new DomainException("Choisissez la fonction du surveillant.", nameof(Kind));
        Kind = kind;
    }

    /// <summary>Replaces the half-days the supervisor is not available (outside their examiner duty).</summary>
    public void SetUnavailable(IEnumerable<(DateOnly Date, bool Afternoon)> halfDays)
    {
        _unavailabilities.Clear();
        foreach (var (date, afternoon) in halfDays.Distinct().OrderBy(h => h.Date).ThenBy(h => h.Afternoon))
            _unavailabilities.Add(new SupervisorUnavailability(SchoolId, date, afternoon));
    }
}

/// <summary>A half-day a supervisor of the programme is not available.</summary>
public class SupervisorUnavailability : SchoolEntity
{
    private SupervisorUnavailability() { }

    internal SupervisorUnavailability(int schoolId, DateOnly date, bool afternoon)
    {
        SchoolId = schoolId;
        Date = date;
        Afternoon = afternoon;
    }

    public int ProgrammeSupervisorId { get; private set; }
    public DateOnly Date { get; private set; }
    public bool Afternoon { get; private set; }
}
