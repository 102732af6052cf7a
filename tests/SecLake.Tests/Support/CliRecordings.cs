using System.Text.Json;
using SecLake.Emulator;

namespace SecLake.Tests.Support;

/// <summary>
/// Keeps the requests the AWS CLI sent to the emulator (as JSON files beside the test assembly, in
/// cli-recordings/) so cross-check tests can compare them with what SecLake's own client sends.
/// </summary>
public static class CliRecordings
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "cli-recordings");

    public static string Save(string name, IReadOnlyList<RecordedRequest> requests)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(requests, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        return path;
    }

    public static IReadOnlyList<RecordedRequest>? Load(string name)
    {
        var path = Path.Combine(Directory, name + ".json");
        return File.Exists(path)
            ? JsonSerializer.Deserialize<List<RecordedRequest>>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            : null;
    }
}
