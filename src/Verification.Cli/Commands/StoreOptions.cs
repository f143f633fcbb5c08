using System.CommandLine;
using System.Data.Common;
using System.Globalization;

namespace Verification.Cli.Commands;

/// <summary>The options that name an evidence store (<c>--store</c>) and the day its evidence is read as of
/// (<c>--as-of</c>), shared by the commands that use a store.</summary>
internal static class StoreOptions
{
    /// <summary>The <c>--store</c> option.</summary>
    public static Option<string?> Store(bool required, string description) => new("--store", "-s")
    {
        Description = description + " A file path is a SQLite store (created when missing); 'Host=…;Database=…' or a postgresql:// URL is a PostgreSQL database.",
        HelpName = "FILE|CONNECTION",
        Required = required,
    };

    /// <summary>The <c>--as-of</c> option.</summary>
    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "Use each stored claim's revision in force on this day (YYYY-MM-DD) rather than the latest.",
        HelpName = "YYYY-MM-DD",
        CustomParser = result => Day(result, "--as-of"),
    };

    /// <summary>Reads a day option's value, or adds an error that names the option.</summary>
    public static DateOnly? Day(System.CommandLine.Parsing.ArgumentResult result, string option)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        result.AddError($"'{token}' is not a date for option '{option}': expected YYYY-MM-DD, e.g. 2017-03-25.");
        return null;
    }

    /// <summary>How a store is named in messages: its file, or "the PostgreSQL store" (a connection string may hold a
    /// password).</summary>
    public static string Describe(string location) =>
        EvidenceStore.IsPostgresLocation(location) ? "the PostgreSQL store" : $"store '{location}'";

    /// <summary>Opens the store and makes sure its schema is one this release reads; on failure writes why and returns
    /// null.</summary>
    public static async Task<EvidenceStore?> OpenAsync(string location, DateOnly? asOf, TextWriter stderr, CancellationToken cancellationToken)
    {
        EvidenceStore? store = null;
        try
        {
            store = EvidenceStore.Open(location, new EvidenceStoreOptions { AsOf = asOf });
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (Exception e) when (e is EvidenceStoreException or DbException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            if (store is not null)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }

            await stderr.WriteLineAsync($"{Describe(location)}: store-unusable: {Cli.OneLine(e.Message)}").ConfigureAwait(false);
            return null;
        }
    }
}
