using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.UserAccounts;

public sealed record StaffSummary(int Id, string FullName, string Function, string Email, bool IsArchived);
