namespace Cake.Frosting;

/// <summary>
/// Describes a task; shown by <c>--description</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TaskDescriptionAttribute : Attribute
{
    /// <summary>
    /// Initializes a new instance of the <see cref="TaskDescriptionAttribute"/> class.
    /// </summary>
    /// <param name="description">The task's description.</param>
    public TaskDescriptionAttribute(string description)
    {
        Description = description ?? string.Empty;
    }

    /// <summary>
    /// Gets the task's description.
    /// </summary>
    public string Description { get; }
}
