using System.Globalization;
using Cake.Common;
using Cake.Core;
using Cake.Core.IO;
using Qte.Delivery.LoadTesting;

namespace Qte.Build.Delivery;

/// <summary>wrk, the reference load generator, run through Cake: two threads, closed model, latency percentiles.</summary>
public static class Wrk
{
    public static WrkResult Run(BuildContext context, FilePath wrk, string url, int connections, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(context);
        var exitCode = context.StartProcess(wrk, new ProcessSettings
        {
            Arguments = new ProcessArgumentBuilder()
                .Append("-t2").Append(string.Create(CultureInfo.InvariantCulture, $"-c{connections}"))
                .Append(string.Create(CultureInfo.InvariantCulture, $"-d{duration.TotalSeconds}s")).Append("--latency").AppendQuoted(url),
            RedirectStandardOutput = true,
        }, out var lines);
        var output = string.Join('\n', lines);
        return exitCode == 0 && WrkResult.Parse(output) is { } result
            ? result
            : throw new CakeException($"LoadBench: wrk exited with {exitCode} or printed no figures: {output}");
    }
}
