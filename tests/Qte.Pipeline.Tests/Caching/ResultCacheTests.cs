using Qte.Pipeline.Caching;

namespace Qte.Pipeline.Tests.Caching;

public sealed class ResultCacheTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory _folder = new();
    private readonly List<string> _warnings = [];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_stored_entry_is_restored_under_its_key_with_its_facts()
    {
        var cache = Cache();
        var key = StoreReport(cache, "passed");

        var entry = cache.TryRestore("tests", "App.Tests", key.Value, Target(), Now);

        Assert.NotNull(entry);
        Assert.Equal("run-1", entry.Run);
        Assert.Equal("3 passed", entry.Facts["totals"]);
        Assert.Equal("passed", File.ReadAllText(Path.Combine(Target(), "test-results/App.Tests.trx")));
        Assert.Empty(_warnings);
    }

    [Fact]
    public void An_entry_without_files_records_that_the_work_was_done()
    {
        var cache = Cache();
        var key = new ContentKey().AddText("lock", "1");

        cache.Save("restore", "solution", key, _folder.Path, [], "run-1", Now);

        Assert.NotNull(cache.TryRestore("restore", "solution", key.Value, Target(), Now));
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Another_key_misses()
    {
        var cache = Cache();
        StoreReport(cache, "passed");

        Assert.Null(cache.TryRestore("tests", "App.Tests", new ContentKey().AddText("other", "input").Value, Target(), Now));
        Assert.False(File.Exists(Path.Combine(Target(), "test-results/App.Tests.trx")));
    }

    [Fact]
    public void An_entry_older_than_the_maximum_age_misses()
    {
        var cache = Cache();
        var key = StoreReport(cache, "passed");

        Assert.Null(cache.TryRestore("tests", "App.Tests", key.Value, Target(), Now.AddHours(25), TimeSpan.FromHours(24)));
        Assert.NotNull(cache.TryRestore("tests", "App.Tests", key.Value, Target(), Now.AddHours(23), TimeSpan.FromHours(24)));
    }

    [Fact]
    public void A_corrupt_file_makes_a_miss_with_a_warning_naming_the_entry_and_the_entry_goes()
    {
        var cache = Cache();
        var key = StoreReport(cache, "passed");
        var entryFolder = Path.Combine(cache.Root, "tests", "App.Tests", key.Value);
        File.WriteAllText(Path.Combine(entryFolder, "files", "test-results", "App.Tests.trx"), "tampered");

        var entry = cache.TryRestore("tests", "App.Tests", key.Value, Target(), Now);

        Assert.Null(entry);
        var warning = Assert.Single(_warnings);
        Assert.Contains(entryFolder, warning, StringComparison.Ordinal);
        Assert.Contains("test-results/App.Tests.trx", warning, StringComparison.Ordinal);
        Assert.False(Directory.Exists(entryFolder));
        Assert.False(File.Exists(Path.Combine(Target(), "test-results/App.Tests.trx")));
    }

    [Fact]
    public void An_entry_without_its_description_is_partial_and_misses_with_a_warning()
    {
        var cache = Cache();
        var key = StoreReport(cache, "passed");
        File.Delete(Path.Combine(cache.Root, "tests", "App.Tests", key.Value, "entry.json"));

        Assert.Null(cache.TryRestore("tests", "App.Tests", key.Value, Target(), Now));
        Assert.Contains("entry.json is missing or unreadable", Assert.Single(_warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void The_latest_entry_is_what_a_miss_is_compared_with()
    {
        var cache = Cache();
        StoreReport(cache, "first", "one");
        var second = StoreReport(cache, "second", "two", Now.AddMinutes(1));

        Assert.Equal(second.Value, cache.Latest("tests", "App.Tests")?.Key);
    }

    [Fact]
    public void Pruning_keeps_the_newest_entries()
    {
        var cache = Cache();
        var keys = Enumerable.Range(0, 4).Select(i => StoreReport(cache, $"run {i}", $"input {i}", Now.AddMinutes(i))).ToList();

        cache.Prune("tests", "App.Tests", keep: 2);

        Assert.Equal(
            keys.Skip(2).Select(k => k.Value).Order(StringComparer.Ordinal),
            Directory.GetDirectories(Path.Combine(cache.Root, "tests", "App.Tests")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private ResultCache Cache() => new(Path.Combine(_folder.Path, "cache"), _warnings.Add);

    private string Target() => Path.Combine(_folder.Path, "restored");

    private ContentKey StoreReport(ResultCache cache, string contents, string input = "input", DateTimeOffset? at = null)
    {
        var source = Path.Combine(_folder.Path, "artifacts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(source, "test-results"));
        File.WriteAllText(Path.Combine(source, "test-results", "App.Tests.trx"), contents);
        var key = new ContentKey().AddText("bin/App.Tests.dll", input);
        cache.Save("tests", "App.Tests", key, source, ["test-results/App.Tests.trx"], "run-1", at ?? Now, new Dictionary<string, string> { ["totals"] = "3 passed" });
        return key;
    }
}
