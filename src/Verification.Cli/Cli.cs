using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using Verification.Cli.Commands;
using Verification.Cli.Commands.Evidence;
using Verification.Cli.Logging;

namespace Verification.Cli;

/// <summary>The <c>verify</c> command line: parses arguments, reports parse errors, runs the command.</summary>
internal static class Cli
{
    /// <summary>How long a cancelled run may take to stop before the process ends anyway.</summary>
    public static readonly TimeSpan ProcessTerminationTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Runs <c>verify</c> with the given arguments.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where results, help and the version go.</param>
    /// <param name="stderr">Where problems and errors go.</param>
    /// <param name="tableWidth">The width the table is laid out in.</param>
    /// <param name="cancellationToken">Cancels the run (Ctrl+C cancels it too, when run as a process).</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static async Task<int> InvokeAsync(string[] args, TextWriter stdout, TextWriter stderr, int tableWidth = TableFormatter.DefaultWidth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        // Problems quote the input (file names, values, messages): none of it may drive the terminal.
        stderr = new TerminalSafeWriter(stderr);
        var root = CreateRootCommand(tableWidth);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            // System.CommandLine would print help on stdout and exit with 1; bad arguments are bad input: 2, stderr only.
            foreach (var error in parseResult.Errors)
            {
                await stderr.WriteLineAsync($"verify: {OneLine(error.Message)}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync($"verify: run '{CommandPath(parseResult.CommandResult)} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        // System.CommandLine 2.0.0 handles SIGINT/SIGTERM (cancelling the action's token) only when a timeout is set;
        // an action still running that long after the signal is abandoned with exit code 130 (143 for SIGTERM).
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = ProcessTerminationTimeout };
        new CliLogging(stderr, CliLogging.LevelOf(parseResult.GetValue<Verbosity>(VerbosityOptionName))).Use();
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The words that name a parsed command, from the tool's name down: "verify plugins list".</summary>
    /// <param name="command">The command parsed, possibly a subcommand.</param>
    internal static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var symbol })
            {
                names.Add(symbol is RootCommand ? "verify" : symbol.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The root command and its subcommands.</summary>
    /// <param name="tableWidth">The width the table is laid out in.</param>
    public static RootCommand CreateRootCommand(int tableWidth = TableFormatter.DefaultWidth)
    {
        var root = new RootCommand("Checks the figures in a news report against other sources' claims: each claim is corroborated, contested or unverified.")
        {
            CheckCommand.Create(tableWidth),
            EvidenceCommand.Create(),
            RecheckCommand.Create(),
            ExtractCommand.Create(),
            AnnotateCommand.Create(),
            PluginsCommand.Create(),
            SubjectsCommand.Create(),
        };

        // How much the engine logs on stderr, for every command (see CliLogging).
        root.Options.Add(new Option<Verbosity>(VerbosityOptionName, "-v")
        {
            Description = "How much to log on stderr besides results and problems: quiet, minimal (default: errors), normal (warnings: validators that failed, timed out or were cut off), detailed, or diagnostic (a run's counts and time too).",
            HelpName = "quiet|minimal|normal|detailed|diagnostic",
            DefaultValueFactory = _ => Verbosity.Minimal,
            Recursive = true,
        });

        // The default --version prints the entry assembly's version, which is the test host's when run in process.
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersionAction();
        }

        return root;
    }

    // The name of the option that sets how much is logged.
    private const string VerbosityOptionName = "--verbosity";

    /// <summary>This tool's version: its informational version ("0.1.0+commit"), else its assembly version.</summary>
    public static string Version { get; } =
        typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Cli).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The terminal's width when stdout is a terminal; otherwise <see cref="TableFormatter.DefaultWidth"/>.</summary>
    public static int ConsoleTableWidth()
    {
        if (Console.IsOutputRedirected)
        {
            return TableFormatter.DefaultWidth;
        }

        try
        {
            var width = Console.WindowWidth;
            return width > 0 ? Math.Max(width - 1, TableFormatter.MinimumWidth) : TableFormatter.DefaultWidth;
        }
        catch (IOException)
        {
            return TableFormatter.DefaultWidth;
        }
        catch (PlatformNotSupportedException)
        {
            return TableFormatter.DefaultWidth;
        }
    }

    /// <summary>Runs a command's work as its last line of defence: a cancelled run ends with "verify: cancelled." and
    /// <see cref="ExitCodes.Cancelled"/>, any other failure with one line on stderr and <see cref="ExitCodes.Failure"/>;
    /// no exception reaches the user as a stack trace.</summary>
    /// <param name="run">The command's work; returns the exit code.</param>
    /// <param name="stderr">Where the line goes.</param>
    /// <param name="cancellationToken">The run's token: an <see cref="OperationCanceledException"/> counts as a
    /// cancellation only when it is cancelled.</param>
    public static async Task<int> GuardAsync(Func<Task<int>> run, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("verify: cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The command's last line of defence: any failure becomes a message and exit code 1.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"verify: unexpected error: {e.GetType().Name}: {OneLine(e.Message)}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    /// <summary>The problem line for an input file that is a directory; null when it is not one.</summary>
    /// <param name="file">The file, as the user named it.</param>
    public static string? DirectoryProblem(FileInfo file) =>
        Directory.Exists(file.FullName) ? $"{file}: file-unreadable: '{file}' is a directory, not a file." : null;

    /// <summary>The problem line for an input file that could not be read: <c>file-missing</c> or
    /// <c>file-unreadable</c>; null when <paramref name="e"/> is not about reading the file.</summary>
    /// <param name="file">The file, as the user named it.</param>
    /// <param name="e">What reading it threw.</param>
    public static string? ReadProblem(FileInfo file, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => $"{file}: file-missing: the file does not exist.",
        IOException or UnauthorizedAccessException => $"{file}: file-unreadable: the file cannot be read: {OneLine(e.Message)}",
        _ => null,
    };

    /// <summary>A <c>--format</c> option that takes the formats <paramref name="helpName"/> lists; left out, it reads as
    /// null and the command picks its default.</summary>
    /// <param name="description">What the formats write, for help.</param>
    /// <param name="helpName">The formats as help lists them, the default first ("table|json").</param>
    public static Option<OutputFormat?> FormatOption(string description, string helpName)
    {
        var names = helpName.Split('|');
        var format = new Option<OutputFormat?>("--format", "-f")
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result => ParseFormat(result, names),
        };
        format.CompletionSources.Add(names);
        return format;
    }

    private static OutputFormat? ParseFormat(ArgumentResult result, string[] names)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (names.Contains(token, StringComparer.OrdinalIgnoreCase) && Enum.TryParse<OutputFormat>(token, ignoreCase: true, out var format))
        {
            return format;
        }

        // Listed in one order whatever the default, so that every command words the message alike.
        var listed = names.OrderBy(n => Enum.TryParse<OutputFormat>(n, ignoreCase: true, out var f) ? (int)f : int.MaxValue).Select(n => $"'{n}'").ToArray();
        var expected = listed.Length == 1 ? listed[0] : string.Join(", ", listed[..^1]) + " or " + listed[^1];
        result.AddError($"unknown format '{token}' for option '--format': expected {expected}.");
        return null;
    }

    /// <summary>Folds a message onto one line, so that stderr has one line per problem.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
