using System.Reflection;
using Cake.Frosting;
using Qte.Build.Tasks;

namespace Qte.Build.Tests;

public sealed class StageGraphTests
{
    // The mission's stages in order; a stage joins the graph only once it does its work.
    private static readonly string[] StageOrder =
    [
        "Stage1A", "Stage1B", "Stage2A", "Stage2B", "Stage3v1", "Stage3v2", "Stage3v3", "Stage3v4",
        "Stage4v1", "Stage4v2", "Stage4v3", "Stage4v4",
    ];

    // Targets run on their own to operate environments, outside the pipeline.
    private static readonly string[] OperationTargets = ["Rollback", "Promote", "Down", "Status", "DeliveryBench", "CanaryBench", "ABAnalyze", "LoadBench", "DockerImage", "DockerPush", "ClusterUp", "ClusterDown", "Scale", "Restart"];

    private static readonly Type[] TaskTypes = typeof(Program).Assembly.GetExportedTypes()
        .Where(t => typeof(IFrostingTask).IsAssignableFrom(t) && !t.IsAbstract)
        .ToArray();

    private static string NameOf(Type task) => task.GetCustomAttribute<TaskNameAttribute>()?.Name ?? task.Name;

    private static Type TaskNamed(string name) => TaskTypes.Single(t => NameOf(t) == name);

    private static IEnumerable<string> DependenciesOf(Type task) =>
        task.GetCustomAttributes<IsDependentOnAttribute>().Select(a => NameOf(a.Task));

    [Fact]
    public void Should_Make_Each_Stage_Depend_On_The_One_Before()
    {
        var stages = StageOrder.Where(s => TaskTypes.Any(t => NameOf(t) == s)).ToList();

        Assert.Equal("Stage1A", stages[0]);
        foreach (var (previous, next) in stages.Zip(stages.Skip(1)))
        {
            Assert.Contains(previous, DependenciesOf(TaskNamed(next)));
        }

        Assert.Equal([stages[^1]], DependenciesOf(TaskNamed("Timing")));
        Assert.Equal(["Timing"], DependenciesOf(TaskNamed("Default")));
    }

    [Fact]
    public void Should_Reach_Every_Task_From_Default()
    {
        var reached = new HashSet<string>();
        var pending = new Stack<string>(["Default"]);
        while (pending.TryPop(out var name))
        {
            if (reached.Add(name))
            {
                foreach (var dependency in DependenciesOf(TaskNamed(name)))
                {
                    pending.Push(dependency);
                }
            }
        }

        Assert.Equal(TaskTypes.Select(NameOf).Except(OperationTargets).Order(), reached.Order());
    }

    [Fact]
    public void Should_Run_Stage1A_As_Clean_Restore_Version_Build_Test()
    {
        Assert.Equal(["Test"], DependenciesOf(typeof(Stage1ATask)));
        Assert.Equal(["Build", "AffectedTests"], DependenciesOf(typeof(TestTask)));
        Assert.Equal(["Restore", "Version"], DependenciesOf(typeof(BuildTask)));
        Assert.Equal(["Clean"], DependenciesOf(typeof(RestoreTask)));
        Assert.Equal(["Clean"], DependenciesOf(typeof(VersionTask)));
    }

    [Fact]
    public void Should_Measure_Coverage_From_The_Stage_1A_Test_Run()
    {
        Assert.Equal(["Test"], DependenciesOf(typeof(CoverageTask)));
        Assert.Equal(["Stage1A", "Coverage"], DependenciesOf(typeof(Stage1BTask)));
        Assert.Equal(["Stage1B", "CiReport"], DependenciesOf(typeof(Stage2ATask)));
    }

    [Fact]
    public void Should_Describe_Every_Task()
    {
        var undescribed = TaskTypes
            .Where(t => string.IsNullOrWhiteSpace(t.GetCustomAttribute<TaskDescriptionAttribute>()?.Description))
            .Select(NameOf);

        Assert.Empty(undescribed);
    }
}
