using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Qte.Router.Routing;

namespace Qte.Router.Tests;

public sealed class RouterHostTests
{
    private static object Routes(string blue, string green, int blueWeight) => new
    {
        slots = new Dictionary<string, string> { ["blue"] = blue, ["green"] = green },
        weights = new Dictionary<string, int> { ["blue"] = blueWeight, ["green"] = 100 - blueWeight },
    };

    [Fact]
    public async Task Should_Send_Every_User_To_The_Slot_With_All_The_Weight()
    {
        await using var router = await new RouterFixture().StartAsync();
        var blue = await router.StartBackendAsync("blue");
        var green = await router.StartBackendAsync("green");

        (await router.Admin.PutAsJsonAsync("/admin/routes", Routes(blue, green, 100))).EnsureSuccessStatusCode();

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal("blue", await router.GetAsUserAsync($"user-{i}"));
        }
    }

    [Fact]
    public async Task Should_Split_Users_By_Weight_And_Keep_Each_On_One_Side()
    {
        await using var router = await new RouterFixture().StartAsync();
        var blue = await router.StartBackendAsync("blue");
        var green = await router.StartBackendAsync("green");
        (await router.Admin.PutAsJsonAsync("/admin/routes", Routes(blue, green, 50))).EnsureSuccessStatusCode();

        var sides = new Dictionary<string, string>();
        for (var i = 0; i < 200; i++)
        {
            sides[$"user-{i}"] = await router.GetAsUserAsync($"user-{i}");
        }

        Assert.InRange(sides.Values.Count(s => s == "green"), 60, 140);
        foreach (var (user, side) in sides.Take(30))
        {
            Assert.Equal(side, await router.GetAsUserAsync(user));
            Assert.Equal(UserKey.Bucket(user) < 50 ? "blue" : "green", side);
        }
    }

    [Fact]
    public async Task Should_Set_A_Cookie_For_A_User_Without_An_Id_And_Honour_It()
    {
        await using var router = await new RouterFixture().StartAsync();
        var blue = await router.StartBackendAsync("blue");
        var green = await router.StartBackendAsync("green");
        (await router.Admin.PutAsJsonAsync("/admin/routes", Routes(blue, green, 50))).EnsureSuccessStatusCode();

        using var first = await router.Public.GetAsync("/");
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(UserKey.Cookie + "=", cookie);
        var side = await first.Content.ReadAsStringAsync();

        for (var i = 0; i < 10; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Add("Cookie", cookie.Split(';')[0]);
            using var again = await router.Public.SendAsync(request);
            Assert.Equal(side, await again.Content.ReadAsStringAsync());
            Assert.False(again.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task Should_Refuse_The_Admin_API_Without_The_Token()
    {
        await using var router = await new RouterFixture().StartAsync();
        using var anonymous = new HttpClient { BaseAddress = router.Admin.BaseAddress };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/admin/routes")).StatusCode);
        anonymous.DefaultRequestHeaders.Add("Authorization", "Bearer wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync("/admin/routes", new { })).StatusCode);

        // The public port only proxies: with no slots there is nothing behind it, and never the admin API.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await router.Public.GetAsync("/admin/routes")).StatusCode);
    }

    [Fact]
    public async Task Should_Refuse_A_Bad_Table_And_Keep_Serving_The_Last_Good_One()
    {
        await using var router = await new RouterFixture().StartAsync();
        var blue = await router.StartBackendAsync("blue");
        var green = await router.StartBackendAsync("green");
        (await router.Admin.PutAsJsonAsync("/admin/routes", Routes(blue, green, 100))).EnsureSuccessStatusCode();

        var bad = await router.Admin.PutAsJsonAsync("/admin/routes", new
        {
            slots = new Dictionary<string, string> { ["blue"] = blue },
            weights = new Dictionary<string, int> { ["blue"] = 60, ["green"] = 30 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var detail = (string?)(await bad.Content.ReadFromJsonAsync<JsonObject>())!["detail"];
        Assert.Contains("weights.green: no such slot.", detail);
        Assert.Contains("weights: they sum to 90; they must sum to 100.", detail);
        Assert.Equal("blue", await router.GetAsUserAsync("someone"));
    }

    [Fact]
    public async Task Should_Reload_The_Persisted_Table_On_Restart()
    {
        var state = Directory.CreateTempSubdirectory("qte-router-").FullName;
        string green;
        await using (var first = await new RouterFixture(state).StartAsync())
        {
            var blue = await first.StartBackendAsync("blue");
            green = $"http://127.0.0.1:{RouterFixture.FreePort()}";
            (await first.Admin.PutAsJsonAsync("/admin/routes", Routes(blue, green, 30))).EnsureSuccessStatusCode();
        }

        await using var second = await new RouterFixture(state).StartAsync();
        var routes = await second.Admin.GetFromJsonAsync<JsonObject>("/admin/routes");

        Assert.Equal(30, (int)routes!["weights"]!["blue"]!);
        Assert.Equal(green, (string?)routes["slots"]!["green"]);
    }

    [Fact]
    public async Task Should_Count_Each_Slots_Answers_In_Its_Stats_And_Metrics()
    {
        await using var router = await new RouterFixture().StartAsync();
        var blue = await router.StartBackendAsync("blue", fail: true);
        var green = await router.StartBackendAsync("green");
        (await router.Admin.PutAsJsonAsync("/admin/routes", Routes(blue, green, 100))).EnsureSuccessStatusCode();
        for (var i = 0; i < 4; i++)
        {
            await router.GetAsUserAsync($"user-{i}");
        }

        var stats = await router.Admin.GetFromJsonAsync<JsonObject>("/admin/slots/blue/stats");
        var metrics = await router.Admin.GetStringAsync("/metrics");

        Assert.True((long)stats!["requests"]! >= 4);
        Assert.Equal(1.0, (double)stats["errorRate"]!);
        Assert.Contains("qte_router_requests_total{slot=\"blue\",status_class=\"5xx\"}", metrics);
        Assert.Equal(HttpStatusCode.NotFound, (await router.Admin.GetAsync("/admin/slots/purple/stats")).StatusCode);
    }

    [Fact]
    public async Task Should_Give_Each_Slots_Samples_After_A_Mark_With_The_Routers_Instance()
    {
        await using var router = await new RouterFixture().StartAsync();
        var blue = await router.StartBackendAsync("blue", fail: true);
        var green = await router.StartBackendAsync("green");
        (await router.Admin.PutAsJsonAsync("/admin/routes", Routes(blue, green, 100))).EnsureSuccessStatusCode();
        await router.GetAsUserAsync("before");
        // The router records a sample after the proxied answer is sent: on a loaded machine the client can ask before
        // the sample is in, so each step waits for its own samples (the window's bounds are the subject here).
        await SamplesAfterAsync(router, 0, atLeast: 1);
        var mark = await router.Admin.GetFromJsonAsync<JsonObject>($"/admin/slots/blue/samples?after={long.MaxValue}");
        await router.GetAsUserAsync("after-1");
        await router.GetAsUserAsync("after-2");

        var window = await SamplesAfterAsync(router, (long)mark!["last"]!, atLeast: 2);

        var samples = window["samples"]!.AsArray();
        Assert.Equal(2, samples.Count);
        Assert.All(samples, s => Assert.Equal(500, (int)s!["status"]!));
        Assert.Equal((long)samples[^1]!["seq"]!, (long)window["last"]!);
        Assert.Equal((string?)mark["instance"], (string?)window["instance"]);
        Assert.Empty(mark["samples"]!.AsArray());
    }

    private static async Task<JsonObject> SamplesAfterAsync(RouterFixture router, long after, int atLeast)
    {
        for (var attempt = 0; ; attempt++)
        {
            var window = (await router.Admin.GetFromJsonAsync<JsonObject>($"/admin/slots/blue/samples?after={after}"))!;
            if (window["samples"]!.AsArray().Count >= atLeast || attempt == 100)
            {
                return window;
            }

            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Should_Move_Users_Off_A_Slot_That_Fails_Its_Health_Check()
    {
        await using var router = await new RouterFixture().StartAsync();
        var blue = await router.StartBackendAsync("blue", ready: false);
        var green = await router.StartBackendAsync("green");
        (await router.Admin.PutAsJsonAsync("/admin/routes", Routes(blue, green, 90))).EnsureSuccessStatusCode();

        var answers = new List<string>();
        for (var attempt = 0; attempt < 50 && (answers.Count == 0 || answers[^1] != "green"); attempt++)
        {
            await Task.Delay(100);
            answers.Add(await router.GetAsUserAsync("user-on-blue-" + UserBucketOnBlue()));
        }

        Assert.Equal("green", answers[^1]);
    }

    [Fact]
    public async Task Should_Balance_A_Slots_Share_Across_Its_Replicas_And_Count_Them_As_One_Slot()
    {
        await using var router = await new RouterFixture().StartAsync();
        string[] replicas = [await router.StartBackendAsync("blue-1"), await router.StartBackendAsync("blue-2"), await router.StartBackendAsync("blue-3")];
        var green = await router.StartBackendAsync("green");
        (await router.Admin.PutAsJsonAsync("/admin/routes", ReplicatedRoutes(replicas, green))).EnsureSuccessStatusCode();

        var answers = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            answers.Add(await router.GetAsUserAsync("one-user"));
        }

        // One user on blue, spread over its three replicas in turn; the slot's stats count every answer once.
        Assert.Equal(["blue-1", "blue-2", "blue-3"], answers.Distinct().Order(StringComparer.Ordinal));
        Assert.All(answers.CountBy(a => a), count => Assert.Equal(10, count.Value));
        var stats = await router.Admin.GetFromJsonAsync<JsonObject>("/admin/slots/blue/stats");
        Assert.Equal(30, (long)stats!["requests"]!);
    }

    [Fact]
    public async Task Should_Take_A_Replica_That_Stops_Answering_Out_Within_The_Health_Check_Interval()
    {
        await using var router = await new RouterFixture().StartAsync();
        var live = await router.StartBackendAsync("blue-1");
        var dying = await router.StartBackendAsync("blue-2");
        var green = await router.StartBackendAsync("green");
        (await router.Admin.PutAsJsonAsync("/admin/routes", ReplicatedRoutes([live, dying], green))).EnsureSuccessStatusCode();
        Assert.Equal(["blue-1", "blue-2"], (await Answers(router, 4)).Distinct().Order(StringComparer.Ordinal));

        await router.StopBackendAsync(dying);
        // The fixture checks health every 100 ms; YARP takes a destination out after two failed checks.
        await Task.Delay(router.Settings.HealthCheckInterval * 5);

        Assert.All(await Answers(router, 20), answer => Assert.Equal("blue-1", answer));
    }

    [Fact]
    [Trait("Category", "EndToEnd")] // 300 switches under load: about 4 s
    public async Task Should_Answer_Every_Request_While_Switches_Bring_In_Slots_The_Proxy_Did_Not_Know()
    {
        // Two replicas a slot: YARP asks the balancing policy only when it has more than one destination to choose from.
        await using var router = await new RouterFixture().StartAsync();
        var replicas = new Dictionary<string, string[]>
        {
            ["blue"] = [await router.StartBackendAsync("blue-1"), await router.StartBackendAsync("blue-2")],
            ["green"] = [await router.StartBackendAsync("green-1"), await router.StartBackendAsync("green-2")],
        };
        (await router.Admin.PutAsJsonAsync("/admin/routes", Table(("blue", 100)))).EnsureSuccessStatusCode();
        using var stop = new CancellationTokenSource();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<HttpStatusCode>();
        var sent = 0;
        var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/quotes/MSFT");
                request.Headers.Add("X-User-Id", $"user-{worker}-{Interlocked.Increment(ref sent)}");
                using var response = await router.Public.SendAsync(request);
                if (!response.IsSuccessStatusCode)
                {
                    failures.Enqueue(response.StatusCode);
                }
            }
        })).ToList();

        // Blue-green switches: the target comes into the table with every user, the other stays at weight 0, then
        // leaves the table, so that the next switch again brings in a slot whose replicas the proxy does not know.
        var live = "blue";
        for (var i = 0; i < 300; i++)
        {
            var target = live == "blue" ? "green" : "blue";
            (await router.Admin.PutAsJsonAsync("/admin/routes", Table((target, 100), (live, 0)))).EnsureSuccessStatusCode();
            (await router.Admin.PutAsJsonAsync("/admin/routes", Table((target, 100)))).EnsureSuccessStatusCode();
            live = target;
        }

        await stop.CancelAsync();
        await Task.WhenAll(load);
        Assert.True(sent > 300, $"only {sent} requests were sent during 300 switches");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {sent} requests failed: {string.Join(", ", failures.Distinct())}");

        object Table(params (string Slot, int Weight)[] slots) => new
        {
            slots = slots.ToDictionary(s => s.Slot, s => replicas[s.Slot][0]),
            weights = slots.ToDictionary(s => s.Slot, s => s.Weight),
            replicas = slots.ToDictionary(s => s.Slot, s => replicas[s.Slot]),
        };
    }

    private static async Task<List<string>> Answers(RouterFixture router, int count)
    {
        var answers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            answers.Add(await router.GetAsUserAsync("one-user"));
        }

        return answers;
    }

    private static object ReplicatedRoutes(string[] blueReplicas, string green) => new
    {
        slots = new Dictionary<string, string> { ["blue"] = blueReplicas[0], ["green"] = green },
        weights = new Dictionary<string, int> { ["blue"] = 100, ["green"] = 0 },
        replicas = new Dictionary<string, string[]> { ["blue"] = blueReplicas },
    };

    private static int UserBucketOnBlue() =>
        Enumerable.Range(0, 1000).First(i => UserKey.Bucket("user-on-blue-" + i) < 90);
}
