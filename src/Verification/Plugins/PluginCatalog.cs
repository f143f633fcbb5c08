using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Verification.DependencyInjection;

namespace Verification.Plugins;

/// <summary>The plugins registered for one verifier of a service collection, and the errors of those skipped while
/// registering; what <see cref="LoadedPlugins"/> makes validators from when a provider is built.</summary>
/// <remarks>One instance per verifier and service collection, registered as itself (keyed by the verifier's name for
/// a named verifier); it is what makes adding the same plugin twice harmless. <see cref="IPluginCatalog"/> is
/// registered beside it as a <see cref="LoadedPlugins"/> of each provider. Filled while services are registered, read
/// afterwards.</remarks>
internal sealed class PluginCatalog
{
    private readonly Lock _gate = new();
    private readonly List<RegisteredPlugin> _plugins = [];
    private readonly List<(int Order, PluginLoadError Error)> _errors = [];
    private readonly HashSet<Assembly> _assemblies = [];
    private int _examined;

    private PluginCatalog(string verifierName) => VerifierName = verifierName;

    /// <summary>The name of the verifier the plugins belong to; empty for the default one.</summary>
    public string VerifierName { get; }

    /// <summary>The plugins registered, in the order they were added.</summary>
    public IReadOnlyList<RegisteredPlugin> Plugins
    {
        get
        {
            lock (_gate)
            {
                return [.. _plugins];
            }
        }
    }

    /// <summary>The errors found while registering, each with the place of its plugin in the order plugins were examined.</summary>
    public IReadOnlyList<(int Order, PluginLoadError Error)> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>The catalog of a verifier in a service collection, registered on first use.</summary>
    public static PluginCatalog For(IServiceCollection services, string verifierName)
    {
        foreach (var d in services)
        {
            if (d.ServiceType == typeof(PluginCatalog) && VerifierServices.IsFor(d, verifierName)
                && (d.IsKeyedService ? d.KeyedImplementationInstance : d.ImplementationInstance) is PluginCatalog existing)
            {
                return existing;
            }
        }

        var catalog = new PluginCatalog(verifierName);
        if (verifierName.Length == 0)
        {
            services.AddSingleton(catalog);
            services.AddSingleton<IPluginCatalog>(sp => new LoadedPlugins(catalog, sp));
        }
        else
        {
            services.AddKeyedSingleton(verifierName, catalog);
            services.AddKeyedSingleton<IPluginCatalog>(verifierName, (sp, _) => new LoadedPlugins(catalog, sp));
        }

        return catalog;
    }

    /// <summary>Takes the next place in the order plugins are examined: errors are listed in that order.</summary>
    public int NextOrder()
    {
        lock (_gate)
        {
            return _examined++;
        }
    }

    public bool Contains(Assembly assembly)
    {
        lock (_gate)
        {
            return _assemblies.Contains(assembly);
        }
    }

    public RegisteredPlugin? FindByPath(string path)
    {
        lock (_gate)
        {
            return _plugins.Find(p => string.Equals(p.Path, path, StringComparison.Ordinal));
        }
    }

    public RegisteredPlugin? FindByName(string name)
    {
        lock (_gate)
        {
            return _plugins.Find(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        }
    }

    public void Add(RegisteredPlugin plugin)
    {
        lock (_gate)
        {
            _plugins.Add(plugin);
            _assemblies.Add(plugin.Assembly);
        }
    }

    public void AddErrors(IEnumerable<(int Order, PluginLoadError Error)> errors)
    {
        lock (_gate)
        {
            _errors.AddRange(errors);
        }
    }
}
