using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Qte.Experiments.Assignment;
using Qte.Experiments.Definitions;
using Qte.Experiments.Events;

namespace Qte.Service.Tests.ExperimentAssignment;

public sealed class ExperimentMiddlewareTests : IDisposable
{
    private const string Definition = """
        {
          "key": "checkout-flow",
          "start": "2026-01-01T00:00:00Z",
          "ab_testing_enabled": true,
          "test_groups": ["control", "variant_a", "variant_b"],
          "traffic_split": { "control": 50, "variant_a": 25, "variant_b": 25 },
          "test_duration": 604800,
          "success_metrics": ["conversion_rate", "user_engagement"]
        }
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("qte-service-");

    private string ExperimentsDirectory => Path.Combine(_folder.FullName, "experiments");

    private string Database => Path.Combine(_folder.FullName, "events.db");

    private ServiceSettings Settings => new() { WarmUp = TimeSpan.Zero, ExperimentsDirectory = ExperimentsDirectory, EventsDatabase = Database };

    [Fact]
    public async Task Should_Show_Each_User_The_Group_The_Assignment_Gives()
    {
        var experiment = Publish(Definition);
        await using var service = await ServiceFixture.StartAsync(Settings);
        await WaitForRevisionAsync(service, experiment.Revision);

        foreach (var user in new[] { "user-1", "user-2", "user-3", "user-4" })
        {
            using var request = Quote(user);
            using var response = await service.Client.SendAsync(request);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();

            var expected = VariantAssigner.Group(experiment, user);
            Assert.Equal($"checkout-flow={expected}", response.Headers.GetValues("X-Qte-Experiments").Single());
            Assert.Equal(expected, (string?)body!["experiments"]!["checkout-flow"]);
        }
    }

    [Fact]
    public async Task Should_Record_One_Exposure_Every_Request_And_A_Conversion_Durably_Across_A_Restart()
    {
        Publish(Definition);
        await using (var service = await ServiceFixture.StartAsync(Settings))
        {
            await WaitForRevisionAsync(service, ExperimentFile.Load(Path.Combine(ExperimentsDirectory, "checkout-flow.json")).Revision);
            for (var i = 0; i < 3; i++)
            {
                using var quote = Quote("buyer");
                (await service.Client.SendAsync(quote)).EnsureSuccessStatusCode();
            }

            using var order = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(new { symbol = "MSFT", side = "buy", quantity = 1 }) };
            order.Headers.Add("X-User-Id", "buyer");
            Assert.Equal(HttpStatusCode.Created, (await service.Client.SendAsync(order)).StatusCode);
            using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/api/quotes/MSFT");
            (await service.Client.SendAsync(anonymous)).EnsureSuccessStatusCode();

            // As a release is stopped (SIGTERM): what it queued is written before it ends.
            await service.App.StopAsync();
        }

        // A restart (a new release on the same environment) adds to the same store.
        await using (var restarted = await ServiceFixture.StartAsync(Settings))
        {
            await WaitForRevisionAsync(restarted, ExperimentFile.Load(Path.Combine(ExperimentsDirectory, "checkout-flow.json")).Revision);
            using var again = Quote("buyer");
            (await restarted.Client.SendAsync(again)).EnsureSuccessStatusCode();
            await restarted.App.StopAsync();
        }

        using var store = EventStore.OpenForReading(Database, TimeSpan.FromSeconds(1));
        var rows = store.Events("checkout-flow").ToDictionary(e => e.Kind);
        Assert.All(rows.Values, e => Assert.Equal("buyer", e.UserId));
        Assert.Equal(1, rows[ExperimentEventKind.Exposure].Count);
        Assert.Equal(5, rows[ExperimentEventKind.Request].Count);
        Assert.Equal(1, rows[ExperimentEventKind.Conversion].Count);
    }

    [Fact]
    public async Task Should_Apply_A_New_Definition_Without_A_Restart_And_Keep_The_Last_Good_One()
    {
        Publish(Definition);
        await using var service = await ServiceFixture.StartAsync(Settings);
        var disabled = Publish(Definition.Replace("\"ab_testing_enabled\": true", "\"ab_testing_enabled\": false", StringComparison.Ordinal));
        await WaitForRevisionAsync(service, disabled.Revision);

        File.WriteAllText(Path.Combine(ExperimentsDirectory, "checkout-flow.json"), "{ broken");
        await Task.Delay(ExperimentWatcherInterval * 3);
        var state = await service.Client.GetFromJsonAsync<JsonObject>("/experiments");

        var only = Assert.Single(state!["experiments"]!.AsArray());
        Assert.Equal(disabled.Revision, (string?)only!["revision"]);
        Assert.False((bool)only["running"]!);
        using var request = Quote("user-1");
        using var response = await service.Client.SendAsync(request);
        Assert.False(response.Headers.Contains("X-Qte-Experiments"));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static TimeSpan ExperimentWatcherInterval => Qte.Service.ExperimentAssignment.ExperimentWatcher.Interval;

    private ExperimentDefinition Publish(string text)
    {
        Directory.CreateDirectory(ExperimentsDirectory);
        var path = Path.Combine(ExperimentsDirectory, "checkout-flow.json");
        File.WriteAllText(path, text);
        return ExperimentFile.Load(path);
    }

    private static HttpRequestMessage Quote(string user)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/quotes/MSFT");
        request.Headers.Add("X-User-Id", user);
        return request;
    }

    private static async Task WaitForRevisionAsync(ServiceFixture service, string revision)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var state = await service.Client.GetFromJsonAsync<JsonObject>("/experiments");
            if (state!["experiments"]!.AsArray().Any(e => (string?)e!["revision"] == revision))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"The service did not load revision {revision}.");
    }
}
