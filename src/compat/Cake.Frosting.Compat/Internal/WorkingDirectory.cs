using Cake.Core.IO;

namespace Cake.Frosting.Internal;

/// <summary>
/// The working directory set with UseWorkingDirectory; the command line's --working wins over it.
/// </summary>
internal sealed record WorkingDirectory(DirectoryPath Path);
