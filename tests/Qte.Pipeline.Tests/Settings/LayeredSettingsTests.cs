using Qte.Pipeline.Settings;

namespace Qte.Pipeline.Tests.Settings;

public sealed class LayeredSettingsTests
{
    private static readonly SettingKey Key = new("time-budget", "QTE_TIME_BUDGET", "timeBudgetSeconds");

    private static LayeredSettings Layers(string? commandLine, string? environment, TemporaryDirectory directory)
    {
        var file = SettingsFile.Load(
            directory.Write("build.json", """{ "timeBudgetSeconds": 300 }"""), "build/config/build.json", ["timeBudgetSeconds"]);
        return new LayeredSettings(
            option => option == Key.Option ? commandLine : null,
            variable => variable == Key.EnvironmentVariable ? environment : null,
            file);
    }

    [Fact]
    public void Should_Prefer_The_Command_Line()
    {
        using var directory = new TemporaryDirectory();

        Assert.Equal(new SettingValue("100", "--time-budget"), Layers("100", "200", directory).Get(Key));
    }

    [Fact]
    public void Should_Prefer_The_Environment_To_The_File()
    {
        using var directory = new TemporaryDirectory();

        Assert.Equal(new SettingValue("200", "environment variable QTE_TIME_BUDGET"), Layers(null, "200", directory).Get(Key));
    }

    [Fact]
    public void Should_Fall_Back_To_The_File_When_The_Variable_Is_Empty()
    {
        using var directory = new TemporaryDirectory();

        Assert.Equal(new SettingValue("300", "build/config/build.json: timeBudgetSeconds"), Layers(null, "", directory).Get(Key));
    }
}
