using System.Text.Json.Serialization;

namespace Qte.Service.Quotes;

/// <param name="Experiments">The groups the user is in, by experiment: what the client renders differently.</param>
public sealed record Quote(string Symbol, decimal Bid, decimal Ask)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Experiments { get; init; }
}
