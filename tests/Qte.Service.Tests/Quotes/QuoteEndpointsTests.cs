using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Qte.Service.Tests.Quotes;

public sealed class QuoteEndpointsTests
{
    [Fact]
    public async Task Should_Quote_The_Same_Symbol_The_Same_Way()
    {
        await using var service = await ServiceFixture.StartAsync();

        var first = await service.Client.GetFromJsonAsync<JsonObject>("/api/quotes/msft");
        var second = await service.Client.GetFromJsonAsync<JsonObject>("/api/quotes/MSFT");

        Assert.Equal("MSFT", (string?)first!["symbol"]);
        Assert.Equal(first.ToJsonString(), second!.ToJsonString());
        Assert.True((decimal)first["ask"]! > (decimal)first["bid"]!);
    }

    [Fact]
    public async Task Should_Answer_A_Bad_Symbol_With_Problem_Details()
    {
        await using var service = await ServiceFixture.StartAsync();

        var response = await service.Client.GetAsync("/api/quotes/TOOLONG1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("is not a symbol", await response.Content.ReadAsStringAsync());
    }
}
