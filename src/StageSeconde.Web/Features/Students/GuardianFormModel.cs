namespace StageSeconde.Web.Features.Students;

/// <summary>The guardian form page, under the student's name: <paramref name="Id"/> is the guardian being edited (null for a new one).</summary>
public sealed record GuardianFormModel(int StudentId, string StudentName, int? Id, GuardianForm Form);
