using Qte.Delivery.Monitoring;

namespace Qte.Delivery.Tests.Monitoring;

public sealed class MonitoringFilesTests
{
    [Fact]
    public void Should_Scrape_The_Router_And_Every_Slot()
    {
        var config = MonitoringFiles.PrometheusConfig("dev", 19000, [("blue", ["127.0.0.1:5001"]), ("green", ["10.77.0.1:5002", "10.77.0.2:5002"])], "/state/router.token");

        Assert.Contains("- targets: ['127.0.0.1:19000']", config);
        Assert.Contains("- targets: ['127.0.0.1:5001']", config);
        Assert.Contains("- targets: ['10.77.0.1:5002', '10.77.0.2:5002']", config);
        Assert.Contains("slot: green", config);
        Assert.Contains("rule_files:\n  - alert-rules.yml", config.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Should_Alert_On_The_Environments_Thresholds()
    {
        var rules = MonitoringFiles.AlertRules("production", 0.999, 0.01, 300);

        Assert.Contains("< 0.999", rules);
        Assert.Contains("> 0.01", rules);
        Assert.Contains("> 0.3", rules);
        Assert.Contains("alert: QteLatencyP95High", rules);
        Assert.Contains("environment: production", rules);
    }
}
