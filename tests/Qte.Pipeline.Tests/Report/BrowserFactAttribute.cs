namespace Qte.Pipeline.Tests.Report;

/// <summary>A test that needs headless Chromium (Debian's chromium package; .ci/run installs it): skipped, and says so, where there is none.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "chromium is not installed here (apt-get install chromium); .ci/run installs it and runs this test.";
        }
    }
}
