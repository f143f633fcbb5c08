using System.CommandLine;
using System.Text;
using System.Text.Json;
using Verification.Plugins;
using Verification.Sources;
using Verification.Store;
using Verification.Verdicts;

namespace Verification.Cli.Commands;

/// <summary><c>verify recheck --store STORE [--format table|json]</c>: checks again the checks kept in a store whose
/// evidence changed since, each the way it was made (as of its day, with its evidence files, plugins and options), and
/// lists the claims whose verdict changed.</summary>
/// <remarks>A check that cannot be made the same way again (an evidence file changed or gone, a plugin directory gone)
/// is left as it was kept, with a line on stderr saying why and what to run; the others are checked again, and the exit
/// code is 2.</remarks>
internal static class RecheckCommand
{
    /// <summary>Creates the <c>recheck</c> command.</summary>
    public static Command Create()
    {
        var store = StoreOptions.Store(required: true, "The store whose kept checks to run again.");
        var format = Cli.FormatOption("How to write the changes: 'table' (default), a line per claim; or 'json'.", "table|json");
        var command = new Command("recheck", "Checks again the claims checked against a store ('verify check --store') whose evidence changed since, each as it was checked, and lists those whose verdict changed.")
        {
            store,
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await Task.Yield();
            var output = parseResult.InvocationConfiguration;
            return await RunAsync(parseResult.GetRequiredValue(store)!, parseResult.GetValue(format) ?? OutputFormat.Table, output.Output, output.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs the recheck.</summary>
    /// <param name="location">The store.</param>
    /// <param name="format">Table or JSON.</param>
    /// <param name="stdout">Where the changes go.</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(string location, OutputFormat format, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        Cli.GuardAsync(
            async () =>
            {
                var (store, openCode) = await StoreOptions.OpenAsync(location, null, stderr, cancellationToken).ConfigureAwait(false);
                if (store is null)
                {
                    return openCode;
                }

                var problems = new List<string>();
                var asOfStores = new Dictionary<DateOnly, EvidenceStore>();
                try
                {
                    await using (store.ConfigureAwait(false))
                    {
                        async Task<ReportVerification?> AsItWasMade(KeptCheck kept, CancellationToken ct)
                        {
                            var against = store;
                            if (kept.AsOf is { } day && !asOfStores.TryGetValue(day, out against))
                            {
                                against = asOfStores[day] = EvidenceStore.Open(location, new EvidenceStoreOptions { AsOf = day });
                            }

                            return await RecheckAsync(against, kept, problems, stderr, ct).ConfigureAwait(false);
                        }

                        var failed = await StoreOptions.GuardAsync(
                            location,
                            stderr,
                            async step =>
                            {
                                step.Doing = "checking the kept checks again";
                                var changes = await store.RecheckAsMadeAsync(AsItWasMade, cancellationToken).ConfigureAwait(false);
                                await stdout.WriteAsync(format == OutputFormat.Json ? Json(changes) : Table(changes)).ConfigureAwait(false);
                                return ExitCodes.Success;
                            }).ConfigureAwait(false);
                        if (failed != ExitCodes.Success)
                        {
                            return failed;
                        }
                    }
                }
                finally
                {
                    foreach (var asOfStore in asOfStores.Values)
                    {
                        await asOfStore.DisposeAsync().ConfigureAwait(false);
                    }
                }

                return problems.Count == 0 ? ExitCodes.Success : await CheckCommand.BadInputAsync(stderr, problems).ConfigureAwait(false);
            },
            stderr,
            cancellationToken);

    // Makes a kept check again with what it was made with; null, with a problem line, when that is no longer there.
    private static async Task<ReportVerification?> RecheckAsync(EvidenceStore store, KeptCheck kept, List<string> problems, TextWriter stderr, CancellationToken cancellationToken)
    {
        var name = $"report '{kept.Report.Id}'";
        if (StoreCheckSettings.Parse(kept.Settings) is not { } settings)
        {
            problems.Add($"{name}: check-unrepeatable: the check was kept with settings this release does not read; check the report again with 'verify check … --store'.");
            return null;
        }

        var again = $"check the report again with 'verify check CLAIMS --store …{(settings.Describe() is { Length: > 0 } d ? " " + d : string.Empty)}' to keep what it is checked against now.";
        var unrepeatable = new List<string>();
        foreach (var (path, digest) in settings.Evidence)
        {
            if (!File.Exists(path))
            {
                unrepeatable.Add($"{name}: check-unrepeatable: the evidence file '{path}' it was checked with is gone; {again}");
            }
            else if ((await ImportSource.FromFileAsync(path, cancellationToken).ConfigureAwait(false)).ContentHash != digest)
            {
                unrepeatable.Add($"{name}: check-unrepeatable: the evidence file '{path}' it was checked with has changed since; {again}");
            }
        }

        unrepeatable.AddRange(settings.Plugins.Where(p => !Directory.Exists(p)).Select(p => $"{name}: check-unrepeatable: the plugin directory '{p}' it was checked with is gone; {again}"));
        CheckCommand.TryOptions(settings.Culture, out var options, out var cultureProblem);
        if (cultureProblem is not null)
        {
            unrepeatable.Add($"{name}: check-unrepeatable: {cultureProblem}");
        }

        if (unrepeatable.Count > 0)
        {
            problems.AddRange(unrepeatable);
            return null;
        }

        options.MaxInputBytes = settings.MaxInputMb * 1024L * 1024L;
        var readProblems = new List<string>();
        var (evidence, _) = await StoreCheck.ReadEvidenceAsync([.. settings.Evidence.Select(e => new FileInfo(e.Path))], options, readProblems, cancellationToken).ConfigureAwait(false);
        if (readProblems.Count > 0)
        {
            problems.AddRange(readProblems.Select(p => $"{name}: check-unrepeatable: {p}"));
            return null;
        }

        try
        {
            return await StoreCheck.VerifyAsync(store, kept.Report, evidence, options, settings, stderr, cancellationToken).ConfigureAwait(false);
        }
        catch (PluginLoadException e)
        {
            problems.AddRange(e.Errors.Select(error => $"{name}: check-unrepeatable: plugin-load: {Cli.OneLine(error.ToString())}"));
            return null;
        }
    }

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
