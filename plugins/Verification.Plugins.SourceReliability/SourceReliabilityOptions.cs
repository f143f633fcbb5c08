using System.Text.Json;

namespace Verification.Plugins.SourceReliability;

/// <summary>The reliability table and the threshold below which a source's evidence does not count towards corroboration.</summary>
/// <remarks>Set through <c>AddSourceReliability(o =&gt; …)</c>, bound from configuration (<c>AddSourceReliability("Verification:SourceReliability")</c>), or, when the plugin is loaded from a directory, from a
/// <c>source-reliability.json</c> file beside its assembly (see <see cref="LoadTable(string)"/>). The validator takes a
/// copy when it is created.</remarks>
public sealed class SourceReliabilityOptions
{
    /// <summary>The file the plugin's entry point reads its table from, when it is present beside the assembly.</summary>
    public const string TableFileName = "source-reliability.json";

    /// <summary>Each source's grade. Names compare ignoring case and spacing; a source not listed is graded
    /// <see cref="SourceReliabilityGrade.F"/> (cannot be judged).</summary>
    public IDictionary<string, SourceReliabilityGrade> Grades { get; } = new Dictionary<string, SourceReliabilityGrade>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lowest grade whose evidence still counts towards corroboration. Default
    /// <see cref="SourceReliabilityGrade.C"/> (fairly reliable): evidence from D and E sources does not count. Must be A–E.</summary>
    public SourceReliabilityGrade Threshold { get; set; } = SourceReliabilityGrade.C;

    /// <summary>Whether evidence from sources whose reliability cannot be judged (F, including every source not in the
    /// table) is discounted too. Default false: an ungraded source counts, so installing the plugin with an empty table
    /// changes no verdict.</summary>
    public bool DiscountUnjudged { get; set; }

    /// <summary>Adds the grades, threshold and flag from a JSON file.</summary>
    /// <param name="path">The file: <c>{"threshold": "C", "discountUnjudged": false, "sources": {"UNHCR": "A", "Some blog": "E"}}</c>;
    /// every property is optional.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="FormatException">The file is not in that shape; the message names the file and the problem.</exception>
    public SourceReliabilityOptions LoadTable(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return LoadTable(stream, path);
    }

    /// <summary>Adds the grades, threshold and flag from JSON (see <see cref="LoadTable(string)"/>).</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="name">What to call the input in error messages.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="FormatException">The JSON is not in the expected shape.</exception>
    public SourceReliabilityOptions LoadTable(Stream json, string name = "the reliability table")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{name}: expected a JSON object with 'threshold', 'discountUnjudged' and 'sources'.");
            }

            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name.ToUpperInvariant())
                {
                    case "THRESHOLD":
                        Threshold = ParseGrade(property.Value, name, "threshold");
                        break;
                    case "DISCOUNTUNJUDGED":
                        DiscountUnjudged = property.Value.ValueKind switch
                        {
                            JsonValueKind.True => true,
                            JsonValueKind.False => false,
                            _ => throw new FormatException($"{name}: 'discountUnjudged' must be true or false."),
                        };
                        break;
                    case "SOURCES":
                        if (property.Value.ValueKind != JsonValueKind.Object)
                        {
                            throw new FormatException($"{name}: 'sources' must be an object mapping source names to grades A–F.");
                        }

                        foreach (var source in property.Value.EnumerateObject())
                        {
                            Grades[source.Name] = ParseGrade(source.Value, name, $"sources.{source.Name}");
                        }

                        break;
                    default:
                        throw new FormatException($"{name}: unknown property '{property.Name}'; expected 'threshold', 'discountUnjudged' or 'sources'.");
                }
            }
        }
        catch (JsonException e)
        {
            throw new FormatException($"{name}: not valid JSON: {e.Message}", e);
        }

        return this;
    }

    /// <summary>Every problem with the options; empty when they are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Threshold is < SourceReliabilityGrade.A or > SourceReliabilityGrade.E)
        {
            problems.Add($"Threshold must be a grade from A to E; it was {Threshold}.");
        }

        foreach (var (source, grade) in Grades)
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                problems.Add("Grades must not hold an empty source name.");
            }

            if (!Enum.IsDefined(grade))
            {
                problems.Add($"The grade of '{source}' must be A–F; it was {(int)grade}.");
            }
        }

        return problems;
    }

    private static SourceReliabilityGrade ParseGrade(JsonElement value, string name, string field) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { Length: 1 } text
        && Enum.TryParse<SourceReliabilityGrade>(text, ignoreCase: true, out var grade) && Enum.IsDefined(grade)
            ? grade
            : throw new FormatException($"{name}: '{field}' must be a grade from \"A\" to \"F\"; it was {value.GetRawText()}.");
}
