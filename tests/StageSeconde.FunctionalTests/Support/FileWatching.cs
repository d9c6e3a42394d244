using System.Runtime.CompilerServices;

namespace StageSeconde.Tests.Support;

/// <summary>
/// Each test application watches its settings files. With inotify, every host takes an inotify instance, and a machine's
/// limit per user (often 128) is reached when test projects run side by side: hosts then fail to start. Polling watchers
/// take none; the tests never change a settings file while running, so nothing is lost.
/// </summary>
internal static class FileWatching
{
#pragma warning disable CA2255 // a test assembly, not a library: the setting must be in place before any host starts
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UsePolling()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER")))
            Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
