namespace StageSeconde.Web.Features.Imports;

/// <summary>The upload page: the form, shown again with its errors.</summary>
public sealed record UploadFormModel(UploadForm Form);
