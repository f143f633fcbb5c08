using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Verification.DependencyInjection;
using Verification.Validators;

namespace Verification.Plugins;

/// <summary>The load context of one plugin folder: the plugin's own dependencies, isolated from other plugins', and
/// everything the host already has shared with the host.</summary>
/// <remarks>
/// <para>An assembly the plugin asks for is taken from the host (by returning null, which defers to the default
/// context) when it is part of the plugin contract — <c>Verification.Core</c>, <c>Verification</c> and the assemblies
/// their public API exposes to plugins (<c>Microsoft.Extensions.DependencyInjection.Abstractions</c>,
/// <c>Microsoft.Extensions.Options</c> and its configuration extensions) — whatever version the plugin asked
/// for, because those types must be the host's for the plugin's validators to be the host's
/// <see cref="IClaimValidator"/>. Any other assembly is taken from the host when the host has it loaded, or lists it
/// among its trusted platform assemblies (the framework and the host's own dependencies), in the version asked for or
/// later. Otherwise it comes from the plugin's folder, as its <c>.deps.json</c> resolves it
/// (<see cref="AssemblyDependencyResolver"/>): so two plugins may carry different versions of the same package.</para>
/// <para>Not collectible: validators are singletons that live as long as the host's container, so a plugin is never
/// unloaded.</para>
/// </remarks>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> TrustedPlatformAssemblies = new(ReadTrustedPlatformAssemblies);
    private static readonly ConcurrentDictionary<string, Version?> TrustedVersions = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<HashSet<string>> ContractAssemblies = new(ReadContractAssemblies);

    private readonly AssemblyDependencyResolver _resolver;

    public PluginLoadContext(string mainAssemblyPath)
        : base("Verification plugin: " + Path.GetFileName(Path.GetDirectoryName(mainAssemblyPath)), isCollectible: false)
    {
        MainAssemblyPath = mainAssemblyPath;
        _resolver = new AssemblyDependencyResolver(mainAssemblyPath);
    }

    /// <summary>The plugin's main assembly.</summary>
    public string MainAssemblyPath { get; }

    /// <summary>Whether the host provides <paramref name="name"/> to plugins rather than the plugin's folder.</summary>
    public static bool IsSharedWithHost(AssemblyName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Name is not { } simple)
        {
            return false;
        }

        if (ContractAssemblies.Value.Contains(simple))
        {
            return true;
        }

        var hostVersion = HostVersionOf(simple, out var hostHasIt);
        return hostHasIt && (name.Version is null || hostVersion is null || hostVersion >= name.Version);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsSharedWithHost(assemblyName))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    // The version the default context has or can load, and whether it has the assembly at all.
    private static Version? HostVersionOf(string simpleName, out bool hostHasIt)
    {
        foreach (var loaded in Default.Assemblies)
        {
            var name = loaded.GetName();
            if (string.Equals(name.Name, simpleName, StringComparison.OrdinalIgnoreCase))
            {
                hostHasIt = true;
                return name.Version;
            }
        }

        if (TrustedPlatformAssemblies.Value.TryGetValue(simpleName, out var path))
        {
            hostHasIt = true;
            return TrustedVersions.GetOrAdd(path, static p =>
            {
                try
                {
                    return AssemblyName.GetAssemblyName(p).Version;
                }
                catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
                {
                    return null;
                }
            });
        }

        hostHasIt = false;
        return null;
    }

    private static Dictionary<string, string> ReadTrustedPlatformAssemblies()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list)
        {
            foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                map.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            }
        }

        return map;
    }

    // Verification.Core, Verification (where registration lives), and the assemblies their public API exposes to
    // plugins: shared whatever version a plugin asks for.
    private static HashSet<string> ReadContractAssemblies()
    {
        var core = typeof(IClaimValidator).Assembly;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var contract in new[]
        {
            core,
            typeof(IVerificationBuilder).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Microsoft.Extensions.Options.IOptions<>).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.OptionsBuilderConfigurationExtensions).Assembly,
        })
        {
            names.Add(contract.GetName().Name!);
        }

        foreach (var reference in core.GetReferencedAssemblies())
        {
            if (reference.Name is { } n)
            {
                names.Add(n);
            }
        }

        return names;
    }
}
