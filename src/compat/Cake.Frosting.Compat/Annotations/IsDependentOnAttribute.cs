namespace Cake.Frosting;

/// <summary>
/// Makes the task depend on another: the other task runs first.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependentOnAttribute : Attribute
{
    /// <summary>
    /// Initializes a new instance of the <see cref="IsDependentOnAttribute"/> class.
    /// </summary>
    /// <param name="type">The task type this task depends on.</param>
    public IsDependentOnAttribute(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        Task = type;
    }

    /// <summary>
    /// Gets the task type this task depends on.
    /// </summary>
    public Type Task { get; }
}
