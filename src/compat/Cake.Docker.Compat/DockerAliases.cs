using Cake.Core.Annotations;

namespace Cake.Docker;

/// <summary>
/// Docker aliases, as Cake.Docker names them: each runs one docker CLI command through Cake's tool runner, its
/// options taken from a settings object (a property per CLI option, null for "not given").
/// </summary>
[CakeAliasCategory("Docker")]
public static partial class DockerAliases;
