namespace StageSeconde.Web.Infrastructure.Imports;

public sealed record StoredUpload(string Token, string FilePath, UploadInfo Info);
