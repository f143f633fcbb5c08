using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Verification.Store;

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
    /// null with the exit code: <see cref="ExitCodes.BadInput"/> for a location that names no store or a store this
    /// release cannot read (<c>store-unusable</c>), <see cref="ExitCodes.Environment"/> for a database that cannot be
    /// reached or opened (<c>store-unavailable</c>).</summary>
    public static async Task<(EvidenceStore? Store, int ExitCode)> OpenAsync(string location, DateOnly? asOf, TextWriter stderr, CancellationToken cancellationToken)
    {
        EvidenceStore? store = null;
        try
        {
            store = EvidenceStore.Open(location, new EvidenceStoreOptions { AsOf = asOf });
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return (store, ExitCodes.Success);
        }
        catch (Exception e) when (e is EvidenceStoreException or DbException or ArgumentException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            if (store is not null)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }

            var unusable = e is EvidenceStoreException or ArgumentException;
            await stderr.WriteLineAsync($"{Describe(location)}: {(unusable ? "store-unusable" : "store-unavailable")}: {Redact(location, Cli.OneLine(e.Message))}").ConfigureAwait(false);
            return (null, unusable ? ExitCodes.BadInput : ExitCodes.Environment);
        }
    }

    /// <summary>Runs a command's work on an open store: a database failure on the way (the server gone, the disk full, a
    /// table missing) becomes one line naming the store and the step that failed (<c>store-failed</c>) and
    /// <see cref="ExitCodes.Environment"/>, never an unexpected error.</summary>
    /// <param name="location">The store, as given.</param>
    /// <param name="stderr">Where the line goes.</param>
    /// <param name="run">The work; it names each step in the <see cref="StoreStep"/> it is given as it starts it.</param>
    public static async Task<int> GuardAsync(string location, TextWriter stderr, Func<StoreStep, Task<int>> run)
    {
        var step = new StoreStep();
        try
        {
            return await run(step).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or EvidenceStoreException or TimeoutException)
        {
            await stderr.WriteLineAsync($"{Describe(location)}: store-failed: {step.Doing} failed: {Redact(location, Cli.OneLine(e.Message))} Check that the database is reachable and writable, then run the command again.").ConfigureAwait(false);
            return ExitCodes.Environment;
        }
    }

    /// <summary>A message with the location's password, if any, left out: a database's error may quote what it was
    /// given.</summary>
    public static string Redact(string location, string message)
    {
        string? password = null;
        if (location.Contains("://", StringComparison.Ordinal))
        {
            if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.UserInfo.Split(':', 2) is [_, var p])
            {
                password = Uri.UnescapeDataString(p);
            }
        }
        else if (EvidenceStore.IsPostgresLocation(location))
        {
            try
            {
                var builder = new DbConnectionStringBuilder { ConnectionString = location };
                password = builder.TryGetValue("password", out var value) || builder.TryGetValue("pwd", out value) ? value?.ToString() : null;
            }
            catch (ArgumentException)
            {
                // Not a connection string after all: nothing to find in it.
            }
        }

        return string.IsNullOrEmpty(password) ? message : message.Replace(password, "***", StringComparison.Ordinal);
    }
}

/// <summary>What a command is doing with a store, for the line that says what failed.</summary>
internal sealed class StoreStep
{
    /// <summary>The step under way, as a phrase: "importing the files".</summary>
    public string Doing { get; set; } = "using the store";
}
