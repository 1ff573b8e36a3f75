using Qte.Build.Delivery;
using Qte.Primitives.IO;

namespace Qte.Build.Docker;

/// <summary>artifacts/docker/images.json: the images the last DockerImage task built, which DockerPush pushes when run alone.</summary>
public static class BuiltImagesFile
{
    /// <returns>The file's path.</returns>
    public static string Write(BuildContext context, IReadOnlyList<BuiltImage> images)
    {
        var file = PathOf(context);
        AtomicFile.WriteAllText(file, ReportJson.Serialize(images));
        return file;
    }

    /// <summary>The images the last DockerImage task built (none when it never ran).</summary>
    public static IReadOnlyList<BuiltImage> Read(BuildContext context)
    {
        var file = PathOf(context);
        return File.Exists(file)
            ? Newtonsoft.Json.JsonConvert.DeserializeObject<List<BuiltImage>>(File.ReadAllText(file), ReportJson.Settings) ?? []
            : [];
    }

    private static string PathOf(BuildContext context) =>
        context.Paths.Artifacts.Combine("docker").CombineWithFilePath("images.json").FullPath;
}
