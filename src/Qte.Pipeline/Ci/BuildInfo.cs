using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Qte.Primitives.IO;

namespace Qte.Pipeline.Ci;

/// <summary>
/// What was built, from what, where: written to artifacts/build-info.json for the release and for people.
/// </summary>
public sealed record BuildInfo(
    string Version,
    string PackageVersion,
    string AssemblyVersion,
    string FileVersion,
    string VersionSource,
    string Commit,
    string? Branch,
    bool Dirty,
    DateTimeOffset BuildTime,
    CiRun Ci,
    string OperatingSystem,
    string SdkVersion,
    IReadOnlyDictionary<string, string> StampedAssemblies)
{
    public const string FileName = "build-info.json";

    public void Write(string path) => AtomicFile.WriteAllText(path, ToJson().ToString(Formatting.Indented));

    public JObject ToJson() => new()
    {
        ["version"] = Version,
        ["packageVersion"] = PackageVersion,
        ["assemblyVersion"] = AssemblyVersion,
        ["fileVersion"] = FileVersion,
        ["versionSource"] = VersionSource,
        ["commit"] = Commit,
        ["branch"] = Branch,
        ["dirty"] = Dirty,
        ["buildTimeUtc"] = BuildTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["ci"] = new JObject
        {
            ["provider"] = Ci.Provider,
            ["runId"] = Ci.RunId,
            ["runNumber"] = Ci.RunNumber,
        },
        ["os"] = OperatingSystem,
        ["sdkVersion"] = SdkVersion,
        ["assemblies"] = new JObject(StampedAssemblies.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new JProperty(a.Key, a.Value))),
    };
}
