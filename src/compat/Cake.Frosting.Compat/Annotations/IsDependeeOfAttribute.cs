namespace Cake.Frosting;

/// <summary>
/// Makes another task depend on this one: this task runs before the other.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class IsDependeeOfAttribute : Attribute
{
    /// <summary>
    /// Initializes a new instance of the <see cref="IsDependeeOfAttribute"/> class.
    /// </summary>
    /// <param name="task">The task type that depends on this task.</param>
    public IsDependeeOfAttribute(Type task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Task = task;
    }

    /// <summary>
    /// Gets the task type that depends on this task.
    /// </summary>
    public Type Task { get; }
}
