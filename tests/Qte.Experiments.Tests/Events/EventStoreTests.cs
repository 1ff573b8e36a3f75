using System.Text.Json;
using Microsoft.Data.Sqlite;
using Qte.Experiments.Events;

namespace Qte.Experiments.Tests.Events;

public sealed class EventStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Busy = TimeSpan.FromMilliseconds(200);

    [Fact]
    public void Should_Keep_One_Exposure_And_One_Conversion_Per_User_And_Count_Requests()
    {
        using var folder = new TemporaryDirectory();
        using var store = EventStore.OpenForWriting(Path.Combine(folder.Path, "events.db"), Busy);

        store.Record([Event("u1", ExperimentEventKind.Exposure), Event("u1", ExperimentEventKind.Request), Event("u1", ExperimentEventKind.Request)]);
        store.Record([Event("u1", ExperimentEventKind.Exposure), Event("u1", ExperimentEventKind.Conversion), Event("u1", ExperimentEventKind.Conversion), Event("u1", ExperimentEventKind.Request)]);

        var rows = store.Events("checkout-flow").ToDictionary(e => e.Kind);
        Assert.Equal(1, rows[ExperimentEventKind.Exposure].Count);
        Assert.Equal(1, rows[ExperimentEventKind.Conversion].Count);
        Assert.Equal(3, rows[ExperimentEventKind.Request].Count);
    }

    [Fact]
    public void Should_Total_Each_Arm_Over_Its_Exposed_Users_Only()
    {
        using var folder = new TemporaryDirectory();
        using var store = EventStore.OpenForWriting(Path.Combine(folder.Path, "events.db"), Busy);

        store.Record([
            Event("a", ExperimentEventKind.Exposure), Event("a", ExperimentEventKind.Request), Event("a", ExperimentEventKind.Request), Event("a", ExperimentEventKind.Conversion),
            Event("b", ExperimentEventKind.Exposure), Event("b", ExperimentEventKind.Request), Event("b", ExperimentEventKind.Request), Event("b", ExperimentEventKind.Request),
            Event("c", ExperimentEventKind.Exposure, "variant_a"), Event("c", ExperimentEventKind.Request, "variant_a"),
            Event("never-exposed", ExperimentEventKind.Conversion),
        ]);

        var totals = store.Totals("checkout-flow").ToDictionary(t => t.Variant);
        Assert.Equal(new ArmTotals("control", 2, 1, 5, 13), totals["control"]);
        Assert.Equal(new ArmTotals("variant_a", 1, 0, 1, 1), totals["variant_a"]);
    }

    [Fact]
    public void Should_Total_Only_One_Population_When_Asked_By_User_Id_Prefix()
    {
        using var folder = new TemporaryDirectory();
        using var store = EventStore.OpenForWriting(Path.Combine(folder.Path, "events.db"), Busy);

        // A run's simulated users beside an earlier run's and the load test's, which carry no planted effect.
        store.Record([
            Event("sim-2-1", ExperimentEventKind.Exposure), Event("sim-2-1", ExperimentEventKind.Request), Event("sim-2-1", ExperimentEventKind.Conversion),
            Event("sim-1-1", ExperimentEventKind.Exposure), Event("sim-1-1", ExperimentEventKind.Request),
            Event("load-7", ExperimentEventKind.Exposure), Event("load-7", ExperimentEventKind.Request), Event("load-7", ExperimentEventKind.Request),
            Event("sim-2_x", ExperimentEventKind.Exposure),
        ]);

        Assert.Equal(new ArmTotals("control", 1, 1, 1, 1), Assert.Single(store.Totals("checkout-flow", "sim-2-")));
        Assert.Equal(4, Assert.Single(store.Totals("checkout-flow")).Exposures);
        Assert.All(store.Events("checkout-flow", "sim-2-"), e => Assert.Equal("sim-2-1", e.UserId));
    }

    [Fact]
    public void Should_Keep_Its_Events_When_Reopened_After_The_Writer_Closed()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "state", "events.db");
        using (var writer = EventStore.OpenForWriting(path, Busy))
        {
            writer.Record([Event("u1", ExperimentEventKind.Exposure)]);
        }

        using var reader = EventStore.OpenForReading(path, Busy);

        Assert.Equal(1, Assert.Single(reader.Totals("checkout-flow")).Exposures);
    }

    [Fact]
    public void Should_Say_The_Database_Is_Missing_And_Not_Create_It()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "events.db");

        var error = Assert.Throws<EventStoreException>(() => EventStore.OpenForReading(path, Busy));

        Assert.Contains($"{path}: the events database does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Should_Say_A_Corrupt_Database_Is_Corrupt_And_Leave_It_As_It_Is()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("events.db", "this is not a SQLite database, it is plain text long enough to be read as a header");
        var before = File.ReadAllBytes(path);

        var reading = Assert.Throws<EventStoreException>(() => EventStore.OpenForReading(path, Busy));
        var writing = Assert.Throws<EventStoreException>(() => EventStore.OpenForWriting(path, Busy));

        Assert.Contains("is corrupt or not a SQLite database", reading.Message, StringComparison.Ordinal);
        Assert.Contains("is corrupt or not a SQLite database", writing.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Should_Say_A_Locked_Database_Is_Locked_And_Lose_Nothing()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "events.db");
        using (var writer = EventStore.OpenForWriting(path, Busy))
        {
            writer.Record([Event("u1", ExperimentEventKind.Exposure)]);
        }

        using (var holder = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            holder.Open();
            using var lockIt = holder.CreateCommand();
            lockIt.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE;";
            lockIt.ExecuteNonQuery();

            var error = Assert.Throws<EventStoreException>(() =>
            {
                using var reader = EventStore.OpenForReading(path, Busy);
                reader.Totals("checkout-flow");
            });

            Assert.Contains("is locked by another process", error.Message, StringComparison.Ordinal);
        }

        using var after = EventStore.OpenForReading(path, Busy);
        Assert.Equal(1, Assert.Single(after.Totals("checkout-flow")).Exposures);
    }

    [Fact]
    public void Should_Export_Every_Row_As_Csv_And_Json()
    {
        using var folder = new TemporaryDirectory();
        using var store = EventStore.OpenForWriting(Path.Combine(folder.Path, "events.db"), Busy);
        store.Record([Event("user,1", ExperimentEventKind.Exposure), Event("user,1", ExperimentEventKind.Request)]);
        var rows = store.Events("checkout-flow");

        var csv = EventExport.ToCsv(rows).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var json = JsonDocument.Parse(EventExport.ToJson(rows));

        Assert.Equal(EventExport.CsvHeader, csv[0]);
        Assert.Equal("checkout-flow,\"user,1\",control,exposure,1,2026-11-28T12:00:00.0000000Z,2026-11-28T12:00:00.0000000Z", csv[1]);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal("request", json.RootElement[1].GetProperty("event").GetString());
    }

    private static ExperimentEvent Event(string user, ExperimentEventKind kind, string variant = "control") =>
        new("checkout-flow", user, variant, kind, At);
}
