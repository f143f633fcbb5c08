using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Verification.Claims;
using Verification.Json;

namespace Verification.Store.Tests;

/// <summary>The claims of the accuracy set's events (tests/Verification.Accuracy.Tests/RealReporting), read through the
/// claims-file reader, with ids made unique across events.</summary>
internal static class AccuracySet
{
    public static List<(string Name, IReadOnlyList<Claim> Claims)> Read()
    {
        var events = new List<(string, IReadOnlyList<Claim>)>();
        foreach (var path in Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "RealReporting"), "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var root = JsonNode.Parse(File.ReadAllText(path))!;
            var claims = root["claims"]!.AsArray();
            foreach (var claim in claims)
            {
                claim!["id"] = name + "/" + claim["id"]!.GetValue<string>();
            }

            var document = new JsonObject { ["claims"] = claims.DeepClone() };
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions())));
            events.Add((name, ClaimsFile.Read(stream).Claims));
        }

        return events;
    }
}
