namespace StageSeconde.Web.Features.School;

/// <summary>The current school year, shown on the settings page.</summary>
public sealed record SchoolFormModel(SchoolForm Form, SchoolYearRow? CurrentYear);
