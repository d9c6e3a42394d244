namespace StageSeconde.Web.Domain;

/// <summary>
/// What a convention is checked against before it is submitted or validated: the school year's period, the student
/// (whose age on the first day sets the legal limits) and the student's conventions (the checked one may be among them).
/// </summary>
public sealed record AgreementFacts(SchoolYear Year, Student Student, IReadOnlyCollection<AgreementSlot> StudentAgreements);
