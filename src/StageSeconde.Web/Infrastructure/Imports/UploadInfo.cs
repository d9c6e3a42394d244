using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>Who uploaded a waiting file, for which import, and when.</summary>
public sealed record UploadInfo(int SchoolId, string UserName, ImportKind Kind, string FileName, DateTime UploadedAt);
