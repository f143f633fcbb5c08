using Microsoft.Playwright;

namespace Verification.Outputs.Tests.TestSupport;

/// <summary>The machine's own Chromium, driven by Playwright: the tests never download a browser.</summary>
internal static class SystemChromium
{
    /// <summary>Where Debian's chromium package puts the browser; <c>VERIFICATION_CHROMIUM</c> names another.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("VERIFICATION_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    // Flags that keep a headless Chromium from reaching out: this machine has no network but its package registries.
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Launches the browser with a fresh profile (Playwright gives each launch a new user data directory).</summary>
    /// <remarks>A missing browser fails the test under CI (<c>CI=true</c>), where .ci/run installs it, and is reported
    /// as inconclusive elsewhere, with the command that installs it.</remarks>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var message = $"Chromium is not installed at {ExecutablePath}: install Debian's package (apt-get install -y chromium), as .ci/run does.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Inconclusive(message);
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                ChromiumSandbox = false,
                Args = Flags,
                Timeout = 60_000,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
