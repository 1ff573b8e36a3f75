using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Qte.Service.Tests.Orders;

public sealed class OrderEndpointsTests
{
    [Fact]
    public async Task Should_Accept_A_Valid_Order()
    {
        await using var service = await ServiceFixture.StartAsync();

        var response = await service.Client.PostAsJsonAsync("/api/orders", new { symbol = "msft", side = "buy", quantity = 10, limitPrice = 412.5 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var order = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("MSFT", (string?)order!["symbol"]);
        Assert.Equal("accepted", (string?)order["status"]);
    }

    [Fact]
    public async Task Should_Name_Every_Bad_Field_In_A_400()
    {
        await using var service = await ServiceFixture.StartAsync();

        var response = await service.Client.PostAsJsonAsync("/api/orders", new { symbol = "1", side = "hold", quantity = 0, limitPrice = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["symbol", "side", "quantity", "limitPrice"], errors.Select(e => e.Key));
    }

    [Fact]
    public async Task Should_Refuse_A_Body_That_Is_Not_Json()
    {
        await using var service = await ServiceFixture.StartAsync();

        var response = await service.Client.PostAsync("/api/orders", new StringContent("{ nope", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
