using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;
using Qte.Primitives.IO;

namespace Qte.Delivery;

/// <summary>How the delivery files (release.json, state.json, deployment.json) are written: camelCase, indented.</summary>
internal static class Json
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        Formatting = Formatting.Indented,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        Converters = [new StringEnumConverter()],
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static T Deserialize<T>(string text, string path) =>
        JsonConvert.DeserializeObject<T>(text, Settings) ?? throw new DeliveryException($"{path}: the file is empty.");

    /// <summary>Writes whole or not at all (<see cref="AtomicFile"/>).</summary>
    public static void WriteAtomically(string path, object value) => AtomicFile.WriteAllText(path, Serialize(value));
}
