using System.Reflection;
using Cake.Core;

namespace Cake.Frosting.Internal;

/// <summary>
/// Reads a task's name, description, dependencies and which members it overrides.
/// </summary>
internal static class FrostingTaskExtensions
{
    public static string GetTaskName(this Type taskType) =>
        taskType.GetCustomAttribute<TaskNameAttribute>()?.Name ?? taskType.Name;

    public static string GetTaskName(this IFrostingTask task) => task.GetType().GetTaskName();

    public static string GetTaskDescription(this IFrostingTask task) =>
        task.GetType().GetCustomAttribute<TaskDescriptionAttribute>()?.Description ?? string.Empty;

    public static IEnumerable<Type> GetDependencies(this IFrostingTask task) =>
        task.GetType().GetCustomAttributes<IsDependentOnAttribute>().Select(a => a.Task);

    public static IEnumerable<Type> GetDependees(this IFrostingTask task) =>
        task.GetType().GetCustomAttributes<IsDependeeOfAttribute>().Select(a => a.Task);

    public static bool IsContinueOnError(this IFrostingTask task) =>
        task.GetType().GetCustomAttribute<ContinueOnErrorAttribute>() is not null;

    /// <summary>
    /// The context type the task was written for: the T of FrostingTask&lt;T&gt; or AsyncFrostingTask&lt;T&gt;.
    /// </summary>
    public static Type GetContextType(this IFrostingTask task)
    {
        for (var type = task.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsConstructedGenericType &&
                (type.GetGenericTypeDefinition() == typeof(FrostingTask<>) ||
                 type.GetGenericTypeDefinition() == typeof(AsyncFrostingTask<>)))
            {
                return type.GenericTypeArguments[0];
            }
        }

        return typeof(ICakeContext);
    }

    // A member left as the base class has it adds nothing to the Cake task, so it is not registered:
    // an aggregate task with no Run shows in the report as having no actions, as in Cake.Frosting.
    public static bool IsRunOverridden(this IFrostingTask task)
    {
        var contextType = task.GetContextType();
        return task.IsOverridden(nameof(FrostingTask.Run), contextType) ||
               task.IsOverridden(nameof(AsyncFrostingTask.RunAsync), contextType);
    }

    public static bool IsShouldRunOverridden(this IFrostingTask task) =>
        task.IsOverridden(nameof(IFrostingTask.ShouldRun), task.GetContextType());

    public static bool IsOnErrorOverridden(this IFrostingTask task) =>
        task.IsOverridden(nameof(IFrostingTask.OnError), typeof(Exception), task.GetContextType());

    public static bool IsFinallyOverridden(this IFrostingTask task) =>
        task.IsOverridden(nameof(IFrostingTask.Finally), task.GetContextType());

    private static bool IsOverridden(this IFrostingTask task, string name, params Type[] parameters)
    {
        var method = task.GetType().GetMethod(name, BindingFlags.Public | BindingFlags.Instance, parameters);
        return method is not null && method.GetBaseDefinition().DeclaringType != method.DeclaringType;
    }
}
