using Qte.Delivery.Monitoring;

namespace Qte.Delivery.Tests.Monitoring;

public sealed class PrometheusTextTests
{
    [Fact]
    public void Should_List_The_Metrics_Of_A_Valid_Page()
    {
        const string page = """
            # HELP qte_router_requests_total Requests.
            # TYPE qte_router_requests_total counter
            qte_router_requests_total{slot="blue",status_class="2xx"} 12
            qte_router_request_duration_seconds_bucket{slot="blue",le="+Inf"} 12 1700000000000
            process_cpu_seconds_total 0.5
            up NaN
            """;

        var (metrics, problems) = PrometheusText.Parse(page);

        Assert.Empty(problems);
        Assert.Equal(["process_cpu_seconds_total", "qte_router_request_duration_seconds_bucket", "qte_router_requests_total", "up"], metrics.Order());
    }

    [Fact]
    public void Should_Name_The_Lines_That_Break_The_Format()
    {
        var (_, problems) = PrometheusText.Parse("good 1\nbad metric 1\n# TYPE x sometimes\nno_value\nlabels{a=b} 1\n");

        Assert.Equal(4, problems.Count);
        Assert.StartsWith("line 2:", problems[0]);
        Assert.StartsWith("line 3: a TYPE line", problems[1]);
    }
}
