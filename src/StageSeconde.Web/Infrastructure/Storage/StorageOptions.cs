namespace StageSeconde.Web.Infrastructure.Storage;

/// <summary>
/// Where the application keeps the files users upload (section <c>Storage</c>): scans of signed conventions, imports
/// waiting for confirmation. Outside the web root; with several web instances, a shared folder.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Relative to the content root unless absolute.</summary>
    public string Path { get; set; } = "App_Data/files";

    public string RootFor(IHostEnvironment environment) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, Path));
}
