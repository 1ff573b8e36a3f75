namespace Qte.Pipeline.Tests.Report;

/// <summary>A theory that needs headless Chromium (Debian's chromium package; .ci/run installs it): skipped, and says so, where there is none.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "chromium is not installed here (apt-get install chromium); .ci/run installs it and runs this test.";
        }
    }
}
