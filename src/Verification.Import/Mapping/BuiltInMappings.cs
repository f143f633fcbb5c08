namespace Verification.Import.Mapping;

/// <summary>The column mappings of the published data sets the library reads: UCDP GED, ACLED and Airwars. Each is a
/// mapping file shipped in the assembly (docs/importing.md shows them), a starting point for a data set of one's own.</summary>
public static class BuiltInMappings
{
    /// <summary>UCDP Georeferenced Event Dataset: per event, all deaths as <c>best</c> within <c>low</c>–<c>high</c>
    /// ("people killed"), and <c>deaths_civilians</c> ("civilians killed"); the event's days from <c>date_start</c> to
    /// <c>date_end</c>; the place from <c>where_coordinates</c>, <c>adm_2</c>, <c>adm_1</c>, <c>country</c>.</summary>
    public static ColumnMapping UcdpGed { get; } = Load("ucdp-ged");

    /// <summary>ACLED events: <c>fatalities</c> ("people killed") on <c>event_date</c>, at <c>location</c>,
    /// <c>admin3</c>–<c>admin1</c>, <c>country</c>; the figure is ACLED's, derived from the outlets in <c>source</c>.</summary>
    public static ColumnMapping Acled { get; } = Load("acled");

    /// <summary>Airwars civilian harm incidents: each <c>*_killed_min</c>/<c>_max</c> pair an interval (civilians,
    /// children, women, men; injured too), on the incident's <c>date</c>; a <c>Contested</c> grading marks the claims
    /// contested, and the grading is kept.</summary>
    public static ColumnMapping Airwars { get; } = Load("airwars");

    /// <summary>Every built-in mapping.</summary>
    public static IReadOnlyList<ColumnMapping> All { get; } = [UcdpGed, Acled, Airwars];

    private static ColumnMapping Load(string name)
    {
        using var stream = typeof(BuiltInMappings).Assembly.GetManifestResourceStream($"Verification.Import.Formats.{name}.json")
            ?? throw new InvalidOperationException($"The built-in mapping '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return ColumnMappingFile.Parse(reader.ReadToEnd(), name + ".json");
    }
}
