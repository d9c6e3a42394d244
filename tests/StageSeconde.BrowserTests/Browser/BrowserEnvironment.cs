namespace StageSeconde.BrowserTests.Browser;

/// <summary>Where the browser is, and whether the browser tests can run on this machine.</summary>
public static class BrowserEnvironment
{
    /// <summary>Debian's Chromium: the browser tests never download a browser of their own.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly IReadOnlyList<string> ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>On CI (<c>CI=true</c>) the browser tests always run, and fail if Chromium is missing.</summary>
    public static bool IsCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Why the browser tests are skipped on this machine; null when they run.</summary>
    public static string? SkipReason =>
        File.Exists(ChromiumPath) || IsCi
            ? null
            : $"Tests de navigateur ignorés : Chromium est absent ({ChromiumPath}). Installez-le avec « apt-get install chromium » (sur CI, CI=true les rend obligatoires).";
}
