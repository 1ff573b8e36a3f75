namespace Cake.Frosting;

/// <summary>
/// Gives a task its name. Without it, a task is named after its class.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TaskNameAttribute : Attribute
{
    /// <summary>
    /// Initializes a new instance of the <see cref="TaskNameAttribute"/> class.
    /// </summary>
    /// <param name="name">The task's name.</param>
    public TaskNameAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>
    /// Gets the task's name.
    /// </summary>
    public string Name { get; }
}
