using System.Net;

namespace Qte.Service.Tests.Faults;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Should_Fail_Api_Requests_At_The_Fault_Rate_And_Leave_Health_Alone()
    {
        await using var service = await ServiceFixture.StartAsync(new ServiceSettings { WarmUp = TimeSpan.Zero, FaultRate = 1 });

        var quote = await service.Client.GetAsync("/api/quotes/MSFT");

        Assert.Equal(HttpStatusCode.InternalServerError, quote.StatusCode);
        Assert.Contains("QTE_FAULT_RATE", await quote.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Should_Count_Requests_By_Status_In_The_Metrics()
    {
        await using var service = await ServiceFixture.StartAsync(new ServiceSettings { WarmUp = TimeSpan.Zero, FaultRate = 1 });
        await service.Client.GetAsync("/api/quotes/MSFT");

        var metrics = await service.Client.GetStringAsync("/metrics");

        Assert.Contains("http_requests_received_total{code=\"500\"", metrics);
        Assert.Contains("http_request_duration_seconds_bucket", metrics);
        Assert.Contains("process_cpu_seconds_total", metrics);
    }
}
