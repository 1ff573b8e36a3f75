using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Qte.Build.Delivery;

/// <summary>How the delivery reports under artifacts/ are written: camelCase, indented, enums by name.</summary>
public static class ReportJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Formatting = Formatting.Indented,
        Converters = [new StringEnumConverter()],
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);
}
