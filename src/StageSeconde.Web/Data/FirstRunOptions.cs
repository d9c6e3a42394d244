namespace StageSeconde.Web.Data;

/// <summary>Settings of the first start of a real instance (section <c>Setup</c>).</summary>
public sealed class FirstRunOptions
{
    public const string Section = "Setup";
    public string? Uai { get; set; }
    public string? SchoolName { get; set; }
    public string? City { get; set; }
    public string? AdminEmail { get; set; }
    public string? AdminName { get; set; }
    /// <summary>Former name of <c>App:PublicUrl</c> (still read by <see cref="Infrastructure.Web.PublicUrl"/>); the set-password link's base on a developer's machine.</summary>
    public string BaseUrl { get; set; } = "http://localhost:8080";

    public bool IsRequested => !string.IsNullOrWhiteSpace(Uai) || !string.IsNullOrWhiteSpace(AdminEmail);
}
