namespace Cake.Frosting;

/// <summary>
/// Lets the run go on when the task fails.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ContinueOnErrorAttribute : Attribute
{
}
