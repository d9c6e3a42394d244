namespace StageSeconde.Web.Features.Hosts;

/// <summary>The tutor form page, under its host's name: <paramref name="Id"/> is the tutor being edited (null for a new one).</summary>
public sealed record TutorFormModel(int HostId, string HostName, int? Id, TutorForm Form);
