using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Verification.Plugins;

/// <summary>The plugins registered in one service collection, and the errors of those that were skipped.</summary>
/// <remarks>One instance per service collection, registered as itself and as <see cref="IPluginCatalog"/>; it is what
/// makes adding the same plugin twice harmless. Filled while services are registered, read afterwards.</remarks>
internal sealed class PluginCatalog : IPluginCatalog
{
    private readonly Lock _gate = new();
    private readonly List<PluginInfo> _plugins = [];
    private readonly List<PluginLoadError> _errors = [];
    private readonly HashSet<Assembly> _assemblies = [];

    public IReadOnlyList<PluginInfo> Plugins
    {
        get
        {
            lock (_gate)
            {
                return [.. _plugins];
            }
        }
    }

    public IReadOnlyList<PluginLoadError> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>The catalog of a service collection, registered on first use.</summary>
    public static PluginCatalog For(IServiceCollection services)
    {
        foreach (var d in services)
        {
            if (!d.IsKeyedService && d.ServiceType == typeof(PluginCatalog) && d.ImplementationInstance is PluginCatalog existing)
            {
                return existing;
            }
        }

        var catalog = new PluginCatalog();
        services.AddSingleton(catalog);
        services.AddSingleton<IPluginCatalog>(catalog);
        return catalog;
    }

    public bool Contains(Assembly assembly)
    {
        lock (_gate)
        {
            return _assemblies.Contains(assembly);
        }
    }

    public PluginInfo? FindByPath(string path)
    {
        lock (_gate)
        {
            return _plugins.Find(p => string.Equals(p.Path, path, StringComparison.Ordinal));
        }
    }

    public void Add(PluginInfo plugin, Assembly assembly)
    {
        lock (_gate)
        {
            _plugins.Add(plugin);
            _assemblies.Add(assembly);
        }
    }

    public void AddErrors(IEnumerable<PluginLoadError> errors)
    {
        lock (_gate)
        {
            _errors.AddRange(errors);
        }
    }
}
