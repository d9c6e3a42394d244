using StageSeconde.Web.Features.TutorLinks;

namespace StageSeconde.Web.Features.TutorReport;

/// <summary>The tutor's page: the convention as the tutor sees it, the form, and the days it can report on.</summary>
public sealed record TutorReportPageModel(TutorPage Page, TutorReportForm Form, IReadOnlyList<DateOnly> Days, DateOnly Today);
