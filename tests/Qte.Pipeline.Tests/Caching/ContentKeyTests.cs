using System.Security.Cryptography;
using System.Text;
using Qte.Pipeline.Caching;

namespace Qte.Pipeline.Tests.Caching;

public sealed class ContentKeyTests
{
    [Fact]
    public void The_same_inputs_give_the_same_key_whatever_the_order_they_are_added_in()
    {
        using var folder = new TemporaryDirectory();
        var a = folder.Write("a.txt", "one");
        var b = folder.Write("b.txt", "two");

        var first = new ContentKey().AddFile("a", a).AddFile("b", b).AddText("filter", "x").Value;
        var second = new ContentKey().AddText("filter", "x").AddFile("b", b).AddFile("a", a).Value;

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_file_is_hashed_by_its_content_with_SHA256()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.Write("a.txt", "one");

        var key = new ContentKey().AddFile("a", file);

        // The reference value from .NET's own SHA-256 of the same bytes (sha256sum gives the same).
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("one"))), key.Inputs["a"]);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("added file")]
    [InlineData("removed file")]
    [InlineData("text")]
    public void Any_change_of_an_input_changes_the_key(string change)
    {
        using var folder = new TemporaryDirectory();
        folder.Write("bin/App.dll", "v1");
        folder.Write("bin/Lib.dll", "lib");
        ContentKey Key(string filter) => new ContentKey().AddDirectory("bin", Path.Combine(folder.Path, "bin")).AddText("filter", filter);
        var before = Key("Category!=EndToEnd");

        var filter = "Category!=EndToEnd";
        switch (change)
        {
            case "content": folder.Write("bin/App.dll", "v2"); break;
            case "added file": folder.Write("bin/New.dll", "new"); break;
            case "removed file": File.Delete(Path.Combine(folder.Path, "bin/Lib.dll")); break;
            default: filter = "Category=Unit"; break;
        }

        var after = Key(filter);

        Assert.NotEqual(before.Value, after.Value);
        Assert.NotEmpty(ContentKey.Changed(before.Inputs, after.Inputs));
    }

    [Fact]
    public void A_miss_names_what_changed_came_and_went()
    {
        var before = new Dictionary<string, string> { ["bin/App.dll"] = "1", ["bin/Old.dll"] = "2", ["env/CI"] = "3" };
        var now = new Dictionary<string, string> { ["bin/App.dll"] = "9", ["bin/New.dll"] = "4", ["env/CI"] = "3" };

        Assert.Equal(["bin/App.dll", "bin/New.dll (new)", "bin/Old.dll (gone)"], ContentKey.Changed(before, now));
    }

    [Fact]
    public void A_long_list_of_changes_is_cut_to_the_limit_and_counted()
    {
        var before = Enumerable.Range(0, 8).ToDictionary(i => $"f{i}", _ => "a");
        var now = Enumerable.Range(0, 8).ToDictionary(i => $"f{i}", _ => "b");

        Assert.Equal(["f0", "f1", "f2", "5 more"], ContentKey.Changed(before, now, limit: 3));
    }
}
