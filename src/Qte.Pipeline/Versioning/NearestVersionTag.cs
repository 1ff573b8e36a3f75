namespace Qte.Pipeline.Versioning;

/// <summary>
/// Finds the nearest tag that names a version, passing over nearer tags that do not (e.g. "v1.x", "nightly").
/// </summary>
public static class NearestVersionTag
{
    /// <summary>How many tags that name no version are passed over before giving up.</summary>
    public const int MaxIgnoredTags = 20;

    /// <param name="describe">
    /// git describe in long format with any tag, for a commit-ish ("HEAD", "v1.x^"); an empty string when no tag is
    /// reachable or the commit-ish names no commit.
    /// </param>
    public static (VersionTagDistance? Tag, IReadOnlyList<string> IgnoredTags) Find(Func<string, string> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var ignored = new List<string>();
        var commitish = "HEAD";
        var commitsBefore = 0;
        while (ignored.Count <= MaxIgnoredTags && GitDescription.Parse(describe(commitish)) is { } description)
        {
            if (VersionTag.Parse(description.Tag) is { } version)
            {
                return (new VersionTagDistance(description.Tag, version, commitsBefore + description.CommitsSince), ignored);
            }

            // Look again from the commit before the tagged one; the tagged commit and those after it are counted.
            ignored.Add(description.Tag);
            commitsBefore += description.CommitsSince + 1;
            commitish = description.Tag + "^";
        }

        return (null, ignored);
    }
}
