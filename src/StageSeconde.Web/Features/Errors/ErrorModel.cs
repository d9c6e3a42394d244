namespace StageSeconde.Web.Features.Errors;

/// <summary>An error page: its status code and what to tell the user, in French.</summary>
public sealed record ErrorModel(int Status, string Title, string Text);
