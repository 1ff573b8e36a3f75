using System.Diagnostics;

namespace Qte.Pipeline.Tests.Report;

/// <summary>Headless Chromium, found on PATH, run on a local file.</summary>
internal static class Chromium
{
    public static readonly string? Path = new[] { "chromium", "chromium-browser", "google-chrome" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => System.IO.Path.Combine(d, name)))
        .FirstOrDefault(File.Exists);

    /// <summary>Runs Chromium headless with the arguments and the page's file URL last; returns what it printed.</summary>
    public static string Run(string page, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", .. arguments, new Uri(page).AbsoluteUri])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 60 s.");
        }

        return output + error.Result;
    }
}
