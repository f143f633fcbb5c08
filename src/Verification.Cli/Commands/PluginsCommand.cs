using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Verification.DependencyInjection;
using Verification.Plugins;
using Verification.Sources;

namespace Verification.Cli.Commands;

/// <summary><c>verify plugins list --plugins DIR [--plugins MORE] [--format table|json]</c>: loads the plugins of the
/// directories as <c>verify check --plugins</c> would, and lists each with its metadata.</summary>
/// <remarks>Plugins that could not be loaded are listed on stderr, one line each naming the file; the exit code is then
/// 2, so a script can check a plugin directory before using it.</remarks>
internal static class PluginsCommand
{
    /// <summary>The <c>--plugins DIR</c> option, shared with <c>check</c>.</summary>
    public static Option<DirectoryInfo[]> CreatePluginsOption(bool required) => new("--plugins")
    {
        Description = "A plugin directory: one folder per plugin, as 'dotnet publish -o DIR/<PluginName>' leaves it. Repeat the option for more directories. Plugins are trusted code: name only directories whose contents you trust.",
        HelpName = "DIR",
        Required = required,
        Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Creates the <c>plugins</c> command and its <c>list</c> subcommand.</summary>
    public static Command Create()
    {
        var plugins = CreatePluginsOption(required: true);
        var format = Cli.FormatOption("How to write the list: 'table' (default) or 'json'.", "table|json");

        var list = new Command("list", "Loads the plugins of the plugin directories and lists each with its name, version, description, subjects and validators, in the order they run.")
        {
            plugins,
            format,
        };
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration;
            return await ListAsync(parseResult.GetRequiredValue(plugins), parseResult.GetValue(format) ?? OutputFormat.Table, output.Output, output.Error, cancellationToken).ConfigureAwait(false);
        });

        return new Command("plugins", "Lists the validator plugins of plugin directories.") { list };
    }

    /// <summary>Lists the plugins of the directories.</summary>
    /// <param name="directories">The plugin directories, loaded in this order.</param>
    /// <param name="format">How to write the list.</param>
    /// <param name="stdout">Where the list goes.</param>
    /// <param name="stderr">Where plugins that could not be loaded go, one line each.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>0 when every plugin loaded; 2 when any could not be; 1 on an unexpected failure.</returns>
    public static Task<int> ListAsync(IReadOnlyList<DirectoryInfo> directories, OutputFormat format, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directories);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        return Cli.GuardAsync(
            async () =>
            {
                var provider = new ServiceCollection().AddVerification(v => AddPlugins(v, directories, strict: false)).BuildServiceProvider();
                await using (provider.ConfigureAwait(false))
                {
                    var catalog = provider.GetRequiredService<IPluginCatalog>();
                    var text = format == OutputFormat.Json ? Json(catalog) : Table(catalog);
                    await stdout.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
                    await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                    await WriteErrorsAsync(stderr, catalog.Errors).ConfigureAwait(false);
                    return catalog.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
                }
            },
            stderr,
            cancellationToken);
    }

    /// <summary>Adds the plugins of every directory, in order.</summary>
    public static IVerificationBuilder AddPlugins(IVerificationBuilder builder, IReadOnlyList<DirectoryInfo> directories, bool strict)
    {
        foreach (var directory in directories)
        {
            builder.AddPluginsFromDirectory(directory.FullName, o => o.Strict = strict);
        }

        return builder;
    }

    /// <summary>The problem line for a plugin directory named on the command line that does not exist or cannot be
    /// listed: <c>directory-missing</c> or <c>directory-unreadable</c>; null when it can be read.</summary>
    /// <param name="directory">The directory, as the user named it.</param>
    public static string? DirectoryProblem(DirectoryInfo directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory.FullName))
        {
            return File.Exists(directory.FullName)
                ? $"{directory}: directory-missing: '{directory}' is a file, not a plugin directory."
                : $"{directory}: directory-missing: the plugin directory does not exist.";
        }

        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(directory.FullName).GetEnumerator();
            _ = entries.MoveNext();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{directory}: directory-unreadable: the plugin directory cannot be read: {Cli.OneLine(e.Message)}";
        }
    }

    /// <summary>One line per plugin that could not be loaded: "FILE: plugin-skipped: MESSAGE".</summary>
    public static async Task WriteErrorsAsync(TextWriter stderr, IEnumerable<PluginLoadError> errors, string code = "plugin-skipped")
    {
        var text = new StringBuilder();
        foreach (var error in errors)
        {
            text.Append(error.File).Append(": ").Append(code).Append(": ").AppendLine(Cli.OneLine(error.Message));
        }

        if (text.Length > 0)
        {
            await stderr.WriteAsync(text).ConfigureAwait(false);
            await stderr.FlushAsync().ConfigureAwait(false);
        }
    }

    private static string Table(IPluginCatalog catalog)
    {
        var text = new StringBuilder();
        foreach (var plugin in catalog.Plugins)
        {
            text.Append(plugin.Name).Append(' ').AppendLine(plugin.Version);
            if (plugin.Description.Length > 0)
            {
                text.Append("  ").AppendLine(plugin.Description);
            }

            text.Append("  validators: ").AppendLine(string.Join(", ", plugin.ValidatorNames));
            text.Append("  subjects:   ").AppendLine(plugin.Subjects.Count == 0 ? "all" : string.Join(", ", plugin.Subjects));
            text.Append("  path:       ").AppendLine(plugin.Path);
            text.AppendLine();
        }

        var loaded = catalog.Plugins.Count == 1 ? "1 plugin loaded" : $"{catalog.Plugins.Count} plugins loaded";
        text.Append(loaded).Append(", ").Append(catalog.Errors.Count).AppendLine(" could not be loaded.");
        return text.ToString();
    }

    private static string Json(IPluginCatalog catalog)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("plugins");
            foreach (var p in catalog.Plugins)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteString("version", p.Version);
                w.WriteString("description", p.Description);
                JsonLists.Strings(w, "subjects", p.Subjects);
                JsonLists.Strings(w, "validators", p.ValidatorNames);
                w.WriteString("path", p.Path);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("errors");
            foreach (var e in catalog.Errors)
            {
                w.WriteStartObject();
                w.WriteString("file", e.File);
                w.WriteString("message", e.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + Environment.NewLine;
    }
}
