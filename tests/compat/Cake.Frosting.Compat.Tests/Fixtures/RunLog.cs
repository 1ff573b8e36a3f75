namespace Cake.Frosting.Compat.Tests.Fixtures;

/// <summary>
/// What the test tasks and lifetimes did, in order; injected into them by the host's container.
/// </summary>
public sealed class RunLog
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries => _entries;

    public void Add(string entry) => _entries.Add(entry);
}
