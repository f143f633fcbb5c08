using System.Text.Json.Serialization;

namespace Verification.Store.Rows;

/// <summary>The JSON of the columns that hold lists and maps (a claim's derivations and metadata).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(SortedDictionary<string, string>))]
internal sealed partial class StoreJson : JsonSerializerContext;
