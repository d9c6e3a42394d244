namespace StageSeconde.Web.Features.UserAccounts;

public sealed record StaffSummary(int Id, string FullName, string Function, string Email, bool IsArchived);
