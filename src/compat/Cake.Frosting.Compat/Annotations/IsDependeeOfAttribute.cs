namespace Cake.Frosting;

/// <summary>
/// Makes another task depend on this one: this task runs before the other.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependeeOfAttribute : Attribute
{
    /// <summary>
    /// Initializes a new instance of the <see cref="IsDependeeOfAttribute"/> class.
    /// </summary>
    /// <param name="type">The task type that depends on this task.</param>
    public IsDependeeOfAttribute(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        Task = type;
    }

    /// <summary>
    /// Gets the task type that depends on this task.
    /// </summary>
    public Type Task { get; }
}
