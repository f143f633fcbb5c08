using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Verification.Cli.Commands;

/// <summary>What a <c>verify check --store</c> was made with besides the store, kept with its results so that
/// <c>verify recheck</c> makes it again the same way: the culture, the evidence files (with their content's digest), the
/// plugin directories and the validator timeout.</summary>
/// <param name="Culture">The <c>--culture</c> given; null for none.</param>
/// <param name="Evidence">The <c>--evidence</c> files, by full path, with the SHA-256 digest of their content then.</param>
/// <param name="Plugins">The <c>--plugins</c> directories, by full path.</param>
/// <param name="StrictPlugins">Whether <c>--strict-plugins</c> was given.</param>
/// <param name="ValidatorTimeout">The <c>--validator-timeout</c> given; null for the default.</param>
/// <param name="MaxInputMb">The <c>--max-input-mb</c> the evidence files were read under.</param>
internal sealed record StoreCheckSettings(string? Culture, IReadOnlyList<(string Path, string Digest)> Evidence, IReadOnlyList<string> Plugins, bool StrictPlugins, TimeSpan? ValidatorTimeout, int MaxInputMb)
{
    /// <summary>The settings of a check made with nothing but the store.</summary>
    public static StoreCheckSettings None { get; } = new(null, [], [], false, null, CheckCommand.DefaultMaxInputMb);

    /// <summary>The settings as kept in the store.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("culture", Culture);
            w.WriteStartArray("evidence");
            foreach (var (path, digest) in Evidence)
            {
                w.WriteStartObject();
                w.WriteString("path", path);
                w.WriteString("sha256", digest);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("plugins");
            foreach (var plugin in Plugins)
            {
                w.WriteStringValue(plugin);
            }

            w.WriteEndArray();
            w.WriteBoolean("strictPlugins", StrictPlugins);
            if (ValidatorTimeout is { } timeout)
            {
                w.WriteNumber("validatorTimeoutSeconds", timeout.TotalSeconds);
            }

            w.WriteNumber("maxInputMb", MaxInputMb);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads settings kept by <see cref="ToJson"/>; <see cref="None"/> for a check kept without any; null when the
    /// text is not settings this release wrote.</summary>
    /// <param name="json">The kept text.</param>
    public static StoreCheckSettings? Parse(string? json)
    {
        if (json is null)
        {
            return None;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var evidence = root.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("sha256").GetString()!)).ToList();
            var plugins = root.GetProperty("plugins").EnumerateArray().Select(p => p.GetString()!).ToList();
            TimeSpan? timeout = root.TryGetProperty("validatorTimeoutSeconds", out var t) ? TimeSpan.FromSeconds(t.GetDouble()) : null;
            return new StoreCheckSettings(
                root.GetProperty("culture").GetString(),
                evidence,
                plugins,
                root.GetProperty("strictPlugins").GetBoolean(),
                timeout,
                root.TryGetProperty("maxInputMb", out var mb) ? mb.GetInt32() : CheckCommand.DefaultMaxInputMb);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }

    /// <summary>How the settings read on the command line, for messages.</summary>
    public string Describe() =>
        string.Join(' ', Evidence.Select(e => $"--evidence {e.Path}")
            .Concat(Plugins.Select(p => $"--plugins {p}"))
            .Concat(Culture is null ? [] : [$"--culture {Culture}"])
            .Concat(StrictPlugins ? ["--strict-plugins"] : [])
            .Concat(ValidatorTimeout is { } t ? [string.Create(CultureInfo.InvariantCulture, $"--validator-timeout {t.TotalSeconds}")] : []));
}
