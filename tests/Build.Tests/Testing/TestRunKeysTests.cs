using Qte.Build.Testing;
using Qte.Pipeline.Caching;

namespace Qte.Build.Tests.Testing;

public sealed class TestRunKeysTests : IDisposable
{
    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["PATH"] = "/usr/bin",
        ["QTE_PROFILE"] = "ci",
        ["GITHUB_RUN_ID"] = "17",
    };

    private readonly DirectoryInfo _repository = Directory.CreateTempSubdirectory("qte-test-keys-");
    private readonly DirectoryInfo _tools = Directory.CreateTempSubdirectory("qte-test-tools-");

    public TestRunKeysTests()
    {
        Write("QteBuild.slnx", "<Solution />");
        Write("build/config/build.json", "{}");
        Write("src/Lib/Prices.cs", "class Prices {}");
        Write("tests/Lib.Tests/bin/Release/net10.0/Lib.Tests.dll", "tests v1");
        Write("tests/Lib.Tests/bin/Release/net10.0/Lib.dll", "lib v1");
    }

    public void Dispose()
    {
        _repository.Delete(recursive: true);
        _tools.Delete(recursive: true);
    }

    [Fact]
    public void Nothing_changed_gives_the_same_key()
    {
        Assert.Equal(Key().Value, Key().Value);
    }

    [Theory]
    [InlineData("tests/Lib.Tests/bin/Release/net10.0/Lib.dll", "a built assembly it loads")]
    [InlineData("tests/Lib.Tests/Lib.Tests.runsettings", "a runsettings file")]
    [InlineData("build/config/build.json", "a config file tests read")]
    public void A_changed_input_misses_and_is_named(string file, string what)
    {
        var before = Key();
        Write(file, "changed: " + what);

        var after = Key();

        Assert.NotEqual(before.Value, after.Value);
        Assert.Contains(ContentKey.Changed(before.Inputs, after.Inputs), c => c.Contains(Path.GetFileName(file), StringComparison.Ordinal));
    }

    [Fact]
    public void A_CSharp_source_change_reaches_the_key_only_through_the_built_assemblies()
    {
        var before = Key();
        Write("src/Lib/Prices.cs", "class Prices { int x; }");

        Assert.Equal(before.Value, Key().Value);
    }

    [Fact]
    public void A_changed_filter_misses()
    {
        Assert.NotEqual(Key(arguments: ["Category!=EndToEnd"]).Value, Key(arguments: ["Category=EndToEnd"]).Value);
    }

    [Theory]
    [InlineData("QTE_PROFILE", true)]
    [InlineData("DOTNET_gcServer", true)]
    [InlineData("CI", true)]
    [InlineData("PATH", true)]
    [InlineData("GITHUB_RUN_ID", false)]
    [InlineData("QTE_LAUNCHED_AT_MS", false)]
    [InlineData("QTE_SMTP_PASSWORD", false)]
    [InlineData("QTE_SLACK_WEBHOOK_URL", false)]
    public void An_environment_variable_that_changes_results_misses_and_a_secret_or_run_number_does_not(string name, bool misses)
    {
        var changed = new Dictionary<string, string>(Environment, StringComparer.Ordinal) { [name] = "other" };

        Assert.Equal(misses, Key().Value != Key(environment: changed).Value);
        Assert.Equal(misses, TestRunKeys.Matters(name));
    }

    [Fact]
    public void A_tool_installed_or_upgraded_on_PATH_misses()
    {
        var tools = _tools.FullName;
        var withTools = new Dictionary<string, string>(Environment, StringComparer.Ordinal) { ["PATH"] = tools };
        var before = Key(environment: withTools);

        // promtool appears (a test that skipped without it would now run), then a newer one replaces it.
        File.WriteAllText(Path.Combine(tools, "promtool"), "v1");
        var installed = Key(environment: withTools);
        File.WriteAllText(Path.Combine(tools, "promtool"), "version 2");
        var upgraded = Key(environment: withTools);

        Assert.NotEqual(before.Value, installed.Value);
        Assert.NotEqual(installed.Value, upgraded.Value);
        Assert.Equal(["peer/promtool"], ContentKey.Changed(installed.Inputs, upgraded.Inputs));
    }

    [Fact]
    public void A_secret_value_is_not_among_the_inputs()
    {
        var withSecret = new Dictionary<string, string>(Environment, StringComparer.Ordinal) { ["QTE_SMTP_PASSWORD"] = "hunter2" };

        Assert.DoesNotContain(Key(environment: withSecret).Inputs.Keys, k => k.Contains("PASSWORD", StringComparison.Ordinal));
    }

    private ContentKey Key(string[]? arguments = null, Dictionary<string, string>? environment = null)
    {
        var shared = TestRunKeys.Shared(_repository.FullName, arguments ?? ["Category!=EndToEnd"], environment ?? Environment);
        return TestRunKeys.ForProject(shared, Path.Combine(_repository.FullName, "tests/Lib.Tests"), "Release");
    }

    private void Write(string relative, string contents)
    {
        var path = Path.Combine(_repository.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents);
    }
}
