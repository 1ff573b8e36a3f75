using Qte.Delivery.LoadTesting;

namespace Qte.Delivery.Tests.LoadTesting;

public sealed class WrkResultTests
{
    // wrk 4.1.0's summary with --latency, as it prints it on Debian.
    private const string Output = """
        Running 5s test @ http://127.0.0.1:18082/api/quotes/MSFT
          2 threads and 16 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency     1.21ms  404.52us   9.87ms   80.12%
            Req/Sec     6.64k   312.40     7.20k    71.00%
          Latency Distribution
             50%  612.00us
             75%    1.40ms
             90%    1.72ms
             99%    2.50s
          66080 requests in 5.00s, 12.35MB read
        Requests/sec:  13215.87
        Transfer/sec:      2.47MB
        """;

    [Fact]
    public void Should_Read_The_Rate_And_The_Percentiles_In_Milliseconds_Whatever_Their_Unit()
    {
        Assert.Equal(new WrkResult(13215.87, 0.612, 2500), WrkResult.Parse(Output));
    }

    [Fact]
    public void Should_Give_Nothing_When_A_Figure_Is_Missing()
    {
        Assert.Null(WrkResult.Parse(Output.Replace("99%", "98%", StringComparison.Ordinal)));
        Assert.Null(WrkResult.Parse("unable to connect to 127.0.0.1:18082 Connection refused"));
    }
}
