using Cake.Core.Annotations;

namespace Cake.Git;

/// <summary>
/// Git aliases, as Cake.Git names them: each opens the repository, reads or changes it, and closes it again.
/// </summary>
[CakeAliasCategory("Git")]
public static partial class GitAliases;
