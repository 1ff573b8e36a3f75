using System.Text.Json;
using Qte.Primitives.IO;

namespace Qte.Router.Routing;

/// <summary>
/// The routing table as the state folder keeps it, written whole or not at all, so a restart serves the last table.
/// </summary>
public static class RoutingTableFile
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static RoutingTable Load(string path)
    {
        if (!File.Exists(path))
        {
            return RoutingTable.Empty;
        }

        var table = JsonSerializer.Deserialize<RoutingTable>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: empty routing table.");
        var problems = table.Validate();
        return problems.Count == 0 ? table : throw new InvalidDataException($"{path}: {string.Join(" ", problems)}");
    }

    public static void Save(string path, RoutingTable table)
    {
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(table, Json));
    }
}
