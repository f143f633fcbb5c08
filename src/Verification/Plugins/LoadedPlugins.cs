using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Verification.Telemetry;
using Verification.Validators;

namespace Verification.Plugins;

/// <summary>The plugins of one verifier as one service provider has them: each plugin's validators made from the
/// provider's services, the plugins whose validators could not be made skipped, and what happened logged.</summary>
/// <remarks>
/// <para>Made once per provider, when the verifier or <see cref="IPluginCatalog"/> is first resolved: no provider is
/// built while services are registered, so a validator is made from the host's own services, once. A plugin whose
/// validator cannot be made (its constructor throws, a service it needs is not registered, its name is empty or taken
/// by another plugin) is skipped, its error listed with those found while registering; a plugin added strictly makes
/// the verifier fail instead, with a <see cref="PluginLoadException"/> listing every such error.</para>
/// <para>Logs under the category <see cref="VerificationDiagnostics.PluginsLogCategory"/>: each plugin loaded, each
/// plugin skipped, and why.</para>
/// <para>Disposes, with the provider, the validators it made.</para>
/// </remarks>
internal sealed partial class LoadedPlugins : IPluginCatalog, IDisposable, IAsyncDisposable
{
    private readonly List<(RegisteredPlugin Plugin, IReadOnlyList<IClaimValidator> Validators)> _loaded = [];

    public LoadedPlugins(PluginCatalog catalog, IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(provider);
        var logger = (ILogger?)provider.GetService<ILoggerFactory>()?.CreateLogger(VerificationDiagnostics.PluginsLogCategory) ?? NullLogger.Instance;
        var errors = new List<(int Order, PluginLoadError Error)>(catalog.Errors);
        foreach (var (_, error) in errors)
        {
            PluginNotLoaded(logger, error.File, error.Message);
        }

        var strictErrors = new List<PluginLoadError>();
        var plugins = new List<PluginInfo>();
        foreach (var plugin in catalog.Plugins)
        {
            var (validators, problem, cause) = Make(plugin, provider, catalog.VerifierName);
            var names = validators.Select(v => v.Name).ToList();
            if (problem is null && plugins.Find(p => p.ValidatorNames.Intersect(names, StringComparer.OrdinalIgnoreCase).Any()) is { } clash)
            {
                var taken = names.First(n => clash.ValidatorNames.Contains(n, StringComparer.OrdinalIgnoreCase));
                problem = $"The plugin '{plugin.Name}' registers a validator named '{taken}', which the plugin '{clash.Name}' ('{clash.Path}') already registers; findings could not be told apart, so this plugin was skipped.";
            }

            if (problem is not null)
            {
                var error = new PluginLoadError(plugin.Path, problem);
                PluginValidatorNotMade(logger, plugin.Path, problem, cause);
                errors.Add((plugin.Order, error));
                if (plugin.Strict)
                {
                    strictErrors.Add(error);
                }

                Dispose(validators);
                continue;
            }

            var info = new PluginInfo(plugin.Name, plugin.Version, plugin.Description, plugin.Subjects, plugin.Path, names);
            plugins.Add(info);
            _loaded.Add((plugin, validators));
            PluginLoaded(logger, plugin.Name, plugin.Version, plugin.Path, names);
        }

        if (strictErrors.Count > 0)
        {
            Dispose(_loaded.SelectMany(l => l.Validators));
            throw new PluginLoadException(strictErrors);
        }

        Plugins = plugins;
        Errors = [.. errors.OrderBy(e => e.Order).Select(e => e.Error)];
    }

    public IReadOnlyList<PluginInfo> Plugins { get; }

    public IReadOnlyList<PluginLoadError> Errors { get; }

    /// <summary>The verifier's validators with the plugins' in their places: each plugin's after the validators the
    /// verifier had when the plugin was added. A plugin validator of a type the host registered itself is left out.</summary>
    public IReadOnlyList<IClaimValidator> Merge(IReadOnlyList<IClaimValidator> registered)
    {
        var hostTypes = registered.Select(v => v.GetType()).ToHashSet();
        var merged = new List<IClaimValidator>(registered.Count + _loaded.Sum(l => l.Validators.Count));
        var next = 0;
        foreach (var (plugin, validators) in _loaded.OrderBy(l => l.Plugin.Position))
        {
            while (next < plugin.Position && next < registered.Count)
            {
                merged.Add(registered[next++]);
            }

            merged.AddRange(validators.Where(v => !hostTypes.Contains(v.GetType())));
        }

        while (next < registered.Count)
        {
            merged.Add(registered[next++]);
        }

        return merged;
    }

    public void Dispose() => Dispose(_loaded.SelectMany(l => l.Validators));

    public async ValueTask DisposeAsync()
    {
        foreach (var validator in _loaded.SelectMany(l => l.Validators))
        {
            if (validator is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else if (validator is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }

    // Makes each validator the plugin registered, as the container would have: null problem when all were made.
    private static (List<IClaimValidator> Validators, string? Problem, Exception? Cause) Make(RegisteredPlugin plugin, IServiceProvider provider, string verifierName)
    {
        var made = new List<IClaimValidator>(plugin.Validators.Count);
        foreach (var d in plugin.Validators)
        {
            var what = (d.IsKeyedService ? d.KeyedImplementationType : d.ImplementationType)?.FullName
                ?? (d.IsKeyedService ? d.KeyedImplementationInstance : d.ImplementationInstance)?.GetType().FullName
                ?? "registered through a factory";
            IClaimValidator validator;
            try
            {
                validator = (IClaimValidator)(d.IsKeyedService
                    ? d.KeyedImplementationInstance
                        ?? (d.KeyedImplementationFactory is { } keyedFactory ? keyedFactory(provider, verifierName) : ActivatorUtilities.CreateInstance(provider, d.KeyedImplementationType!))
                    : d.ImplementationInstance
                        ?? (d.ImplementationFactory is { } factory ? factory(provider) : ActivatorUtilities.CreateInstance(provider, d.ImplementationType!)));
                what = validator.GetType().FullName ?? what;
                if (string.IsNullOrWhiteSpace(validator.Name))
                {
                    return (made, $"The plugin '{plugin.Name}': the validator {what} has an empty Name.", null);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return (made, $"The plugin '{plugin.Name}': the validator {what} could not be created: {PluginLoader.Describe(e)}", e);
            }

            made.Add(validator);
        }

        return (made, null, null);
    }

    private static void Dispose(IEnumerable<IClaimValidator> validators)
    {
        foreach (var validator in validators)
        {
            (validator as IDisposable)?.Dispose();
        }
    }

    [LoggerMessage(EventId = 10, EventName = "PluginLoaded", Level = LogLevel.Information, Message = "Loaded the plugin {Plugin} {Version} from {Path}, with the validators {Validators}.")]
    private static partial void PluginLoaded(ILogger logger, string plugin, string version, string path, IReadOnlyList<string> validators);

    [LoggerMessage(EventId = 11, EventName = "PluginNotLoaded", Level = LogLevel.Warning, Message = "Did not load {File}: {Reason}")]
    private static partial void PluginNotLoaded(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 12, EventName = "PluginValidatorNotMade", Level = LogLevel.Warning, Message = "Did not load {File}: {Reason}")]
    private static partial void PluginValidatorNotMade(ILogger logger, string file, string reason, Exception? exception);
}
