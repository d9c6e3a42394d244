namespace StageSeconde.Web.Domain;

/// <summary>
/// What a convention is checked against before it is submitted or validated: the school year's period, the student
/// (whose age on the first day sets the legal limits), the student's conventions (the checked one may be among them)
/// and, for its validation, the convention's referent teacher (null when it names none), who must be reachable by phone.
/// </summary>
public sealed record AgreementFacts(SchoolYear Year, Student Student, IReadOnlyCollection<AgreementSlot> StudentAgreements, StaffMember? Referent = null);
