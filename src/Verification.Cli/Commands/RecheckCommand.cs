using System.CommandLine;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Verification.Cli.Logging;

namespace Verification.Cli.Commands;

/// <summary><c>verify recheck --store STORE [--as-of YYYY-MM-DD] [--format table|json]</c>: checks again the claims kept
/// in a store whose evidence changed since, and lists those whose verdict changed.</summary>
internal static class RecheckCommand
{
    /// <summary>Creates the <c>recheck</c> command.</summary>
    public static Command Create()
    {
        var store = StoreOptions.Store(required: true, "The store whose kept checks to run again.");
        var asOf = StoreOptions.AsOf();
        var format = Cli.FormatOption("How to write the changes: 'table' (default), a line per claim; or 'json'.", "table|json");
        var command = new Command("recheck", "Checks again the claims checked against a store ('verify check --store') whose evidence changed since, and lists those whose verdict changed.")
        {
            store,
            asOf,
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await Task.Yield();
            var output = parseResult.InvocationConfiguration;
            return await RunAsync(parseResult.GetRequiredValue(store)!, parseResult.GetValue(asOf), parseResult.GetValue(format) ?? OutputFormat.Table, output.Output, output.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs the recheck.</summary>
    /// <param name="location">The store.</param>
    /// <param name="asOf">The day the evidence is read as of; null for the latest.</param>
    /// <param name="format">Table or JSON.</param>
    /// <param name="stdout">Where the changes go.</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(string location, DateOnly? asOf, OutputFormat format, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        Cli.GuardAsync(
            async () =>
            {
                var store = await StoreOptions.OpenAsync(location, asOf, stderr, cancellationToken).ConfigureAwait(false);
                if (store is null)
                {
                    return ExitCodes.BadInput;
                }

                await using (store.ConfigureAwait(false))
                {
                    var provider = CliLogging.Current.AddTo(new ServiceCollection()).AddVerification(v => v.AddEvidence(store)).BuildServiceProvider();
                    IReadOnlyList<VerdictChange> changes;
                    await using (provider.ConfigureAwait(false))
                    {
                        changes = await store.RecheckAsync(provider.GetRequiredService<IClaimVerifier>(), cancellationToken).ConfigureAwait(false);
                    }

                    await stdout.WriteAsync(format == OutputFormat.Json ? Json(changes) : Table(changes)).ConfigureAwait(false);
                    return ExitCodes.Success;
                }
            },
            stderr,
            cancellationToken);

    private static string Table(IReadOnlyList<VerdictChange> changes)
    {
        if (changes.Count == 0)
        {
            return "No verdict changed." + Environment.NewLine;
        }

        var text = new StringBuilder();
        foreach (var change in changes)
        {
            text.Append(TerminalText.Escape(change.ReportId)).Append(' ').Append(TerminalText.Escape(change.Current.Claim.Id)).Append(": ")
                .Append(Name(change.Previous)).Append(" -> ").Append(Name(change.Current.Verdict)).Append(": ")
                .AppendLine(TerminalText.Escape(Cli.OneLine(change.Current.Reason)));
        }

        text.Append(changes.Count).AppendLine(changes.Count == 1 ? " verdict changed." : " verdicts changed.");
        return text.ToString();
    }

    private static string Json(IReadOnlyList<VerdictChange> changes)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartArray("changes");
            foreach (var change in changes)
            {
                w.WriteStartObject();
                w.WriteString("report", change.ReportId);
                w.WriteString("id", change.Current.Claim.Id);
                w.WriteString("previous", Name(change.Previous));
                w.WriteString("verdict", Name(change.Current.Verdict));
                w.WriteString("reason", change.Current.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static string Name(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
