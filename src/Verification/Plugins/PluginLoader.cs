using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verification.DependencyInjection;
using Verification.Validators;

namespace Verification.Plugins;

/// <summary>Finds, checks, loads and registers plugins: the work behind
/// <see cref="VerificationBuilderPluginExtensions.AddPluginsFromDirectory"/> and
/// <see cref="VerificationBuilderPluginExtensions.AddValidatorsFromAssembly"/>.</summary>
/// <remarks>
/// <para>Each plugin goes through the same steps, and the first that fails becomes its <see cref="PluginLoadError"/>:
/// pick the main assembly of its folder; read its metadata without loading it (a corrupt file, or one built against an
/// incompatible <c>Verification.Core</c>, is never loaded); load it into its own <see cref="PluginLoadContext"/>; find
/// its entry point and validators; let it register into a copy of the host's services. Only a plugin that passes every
/// step adds its registrations to the host's services, and its validators to the verifier's <see cref="PluginCatalog"/>:
/// no provider is built here. Its validators are made when the host's provider makes the verifier
/// (<see cref="LoadedPlugins"/>), from the host's own services, and a validator that cannot be made is reported then,
/// naming the file.</para>
/// <para>Plugin folders are examined in ordinal order of their names, and within an assembly types in ordinal order of
/// their full names, so the validators of a given set of plugins always run in the same order.</para>
/// </remarks>
internal static class PluginLoader
{
    public const string CoreAssemblyName = "Verification.Core";

    // One load context per plugin assembly path for the life of the process: loading the same plugin into a second
    // service collection reuses its types instead of loading a second copy.
    private static readonly ConcurrentDictionary<string, Lazy<Assembly>> Loaded = new(StringComparer.Ordinal);

    private static Version HostCoreVersion => typeof(IClaimValidator).Assembly.GetName().Version ?? new Version(0, 0);

    public static void AddDirectory(IServiceCollection services, string verifierName, string directory, PluginLoadOptions options)
    {
        var catalog = PluginCatalog.For(services, verifierName);
        var root = Path.GetFullPath(directory);
        var errors = new List<(int Order, PluginLoadError Error)>();
        var loaded = new List<Registration>();
        if (!Directory.Exists(root))
        {
            errors.Add((catalog.NextOrder(), new PluginLoadError(root, "The plugin directory does not exist.")));
        }
        else if (List(root, catalog, errors) is var (files, folders))
        {
            foreach (var file in files)
            {
                errors.Add((catalog.NextOrder(), new PluginLoadError(file, "This assembly sits directly in the plugin directory and was not loaded: each plugin goes in a folder of its own, with its dependencies and its .deps.json, as 'dotnet publish -o <directory>/<PluginName>' leaves it.")));
            }

            // Later plugins see what earlier ones registered, as they would have had they been added one by one.
            var working = Copy(services);
            foreach (var folder in folders)
            {
                var order = catalog.NextOrder();
                var result = LoadFolder(folder, working, catalog, loaded, new Target(verifierName, order, options.Strict));
                if (result.Error is { } error)
                {
                    errors.Add((order, error));
                }
                else if (result.Registration is { } registration)
                {
                    loaded.Add(registration);
                    foreach (var d in registration.Services.Concat(registration.Plugin.Validators))
                    {
                        working.Add(d);
                    }
                }
            }
        }

        if (options.Strict && errors.Count > 0)
        {
            throw new PluginLoadException([.. errors.Select(e => e.Error)]);
        }

        Commit(services, catalog, loaded);
        catalog.AddErrors(errors);
    }

    public static void AddAssembly(IServiceCollection services, string verifierName, Assembly assembly)
    {
        var catalog = PluginCatalog.For(services, verifierName);
        if (catalog.Contains(assembly))
        {
            return;
        }

        var path = string.IsNullOrEmpty(assembly.Location) ? assembly.GetName().Name ?? assembly.FullName ?? "(dynamic assembly)" : assembly.Location;

        // An assembly the host references is part of the host: a validator of it that cannot be made fails the verifier.
        var result = Register(assembly, path, Copy(services), catalog, [], new Target(verifierName, catalog.NextOrder(), Strict: true));
        if (result.Error is { } error)
        {
            throw new PluginLoadException([error]);
        }

        Commit(services, catalog, [result.Registration!]);
    }

    // Adds each plugin's services to the host's, and its validators to the catalog, after the validators the verifier has so far.
    private static void Commit(IServiceCollection services, PluginCatalog catalog, List<Registration> registrations)
    {
        foreach (var registration in registrations)
        {
            foreach (var d in registration.Services)
            {
                services.Add(d);
            }

            var position = services.Count(d => d.ServiceType == typeof(IClaimValidator) && VerifierServices.IsFor(d, catalog.VerifierName));
            catalog.Add(registration.Plugin with { Position = position });
        }
    }

    private static Result LoadFolder(string folder, IServiceCollection working, PluginCatalog catalog, List<Registration> loadedNow, Target target)
    {
        var (main, notFound) = FindMainAssembly(folder);
        if (main is null)
        {
            return new Result(null, notFound);
        }

        if (catalog.FindByPath(main) is not null || loadedNow.Exists(r => r.Plugin.Path == main))
        {
            return new Result(null, null);
        }

        if (Inspect(main) is { } refused)
        {
            return new Result(null, refused);
        }

        Assembly assembly;
        try
        {
            assembly = Loaded.GetOrAdd(main, static p => new Lazy<Assembly>(() => new PluginLoadContext(p).LoadFromAssemblyPath(p))).Value;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return new Result(null, new PluginLoadError(main, $"The assembly could not be loaded: {Describe(e)}"));
        }

        return Register(assembly, main, working, catalog, loadedNow, target);
    }

    // The assemblies directly in the directory and its folders, in ordinal order; null, with the error, when the
    // directory cannot be listed (no permission, an I/O error).
    private static (string[] Files, string[] Folders)? List(string root, PluginCatalog catalog, List<(int Order, PluginLoadError Error)> errors)
    {
        try
        {
            return (
                [.. Directory.EnumerateFiles(root, "*.dll").Order(StringComparer.Ordinal)],
                [.. Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add((catalog.NextOrder(), new PluginLoadError(root, $"The plugin directory cannot be read: {e.Message}")));
            return null;
        }
    }

    private static (string? Path, PluginLoadError? Error) FindMainAssembly(string folder)
    {
        var name = Path.GetFileName(folder);
        var named = Path.Combine(folder, name + ".dll");
        if (File.Exists(named))
        {
            return (named, null);
        }

        string[] deps;
        try
        {
            deps = [.. Directory.GetFiles(folder, "*.deps.json").Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new PluginLoadError(folder, $"The folder cannot be read: {e.Message}"));
        }

        if (deps.Length == 1)
        {
            var fromDeps = Path.Combine(folder, Path.GetFileName(deps[0])[..^".deps.json".Length] + ".dll");
            return File.Exists(fromDeps)
                ? (fromDeps, null)
                : (null, new PluginLoadError(deps[0], $"The folder's .deps.json names the assembly '{Path.GetFileName(fromDeps)}', which is not there."));
        }

        var message = deps.Length == 0
            ? $"The folder holds no plugin: there is no '{name}.dll', and no .deps.json naming the plugin's assembly. Publish a plugin into a folder named after its assembly."
            : $"The folder holds {deps.Length} .deps.json files ({string.Join(", ", deps.Select(Path.GetFileName))}), so its plugin assembly cannot be told; each plugin goes in a folder of its own, named after its assembly.";
        return (null, new PluginLoadError(folder, message));
    }

    // Reads the assembly's metadata without loading it: is it an assembly at all, and built against a Verification.Core
    // this host can stand in for?
    private static PluginLoadError? Inspect(string path)
    {
        string name;
        Version? core = null;
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return new PluginLoadError(path, "The file is not a .NET assembly (it has no metadata); it may be a native library or corrupt.");
            }

            var reader = pe.GetMetadataReader();
            if (!reader.IsAssembly)
            {
                return new PluginLoadError(path, "The file is a .NET module, not an assembly.");
            }

            name = reader.GetString(reader.GetAssemblyDefinition().Name);
            foreach (var handle in reader.AssemblyReferences)
            {
                var reference = reader.GetAssemblyReference(handle);
                if (reader.StringComparer.Equals(reference.Name, CoreAssemblyName))
                {
                    core = reference.Version;
                }
            }
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException)
        {
            return new PluginLoadError(path, $"The file is not a valid .NET assembly (corrupt, truncated or not an assembly): {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PluginLoadError(path, $"The file cannot be read: {e.Message}");
        }

        if (core is null)
        {
            return new PluginLoadError(path, $"The assembly '{name}' does not reference {CoreAssemblyName}, so it holds no plugin.");
        }

        var host = HostCoreVersion;
        if (!IsCompatible(core, host))
        {
            var why = core.Major != host.Major
                ? "a different major version may have changed the plugin contract"
                : "it may use parts of the plugin contract this host does not have";
            return new PluginLoadError(path,
                $"The plugin '{name}' was built against {CoreAssemblyName} {Format(core)}, but this host has {CoreAssemblyName} {Format(host)}: {why}. Rebuild the plugin against {CoreAssemblyName} {host.Major}.x, no later than {Format(host)}.");
        }

        return null;
    }

    private static Result Register(Assembly assembly, string path, IServiceCollection working, PluginCatalog catalog, List<Registration> loadedNow, Target target)
    {
        var assemblyName = assembly.GetName().Name ?? path;
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            var causes = e.LoaderExceptions.Where(x => x is not null).Select(x => x!.Message).Distinct(StringComparer.Ordinal);
            return Failed(path, $"The plugin '{assemblyName}' could not be read: {string.Join(" ", causes)}");
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or TypeLoadException)
        {
            return Failed(path, $"The plugin '{assemblyName}' could not be read; is a dependency missing from its folder? {Describe(e)}");
        }

        var entryPoints = Concrete(types, typeof(IVerificationPlugin));
        var validatorTypes = Concrete(types, typeof(IClaimValidator));
        if (entryPoints.Length > 1)
        {
            return Failed(path, $"The plugin '{assemblyName}' has {entryPoints.Length} entry points ({string.Join(", ", entryPoints.Select(t => t.FullName))}); an assembly may have one {nameof(IVerificationPlugin)}.");
        }

        if (entryPoints.Length == 0 && validatorTypes.Length == 0)
        {
            return Failed(path, $"The assembly '{assemblyName}' holds no plugin: it has no public {nameof(IClaimValidator)} and no public {nameof(IVerificationPlugin)}.");
        }

        var scratch = Copy(working);
        var before = new HashSet<ServiceDescriptor>(scratch, ReferenceEqualityComparer.Instance);
        string name, description;
        IReadOnlyList<string> subjects;
        if (entryPoints.Length == 1)
        {
            var type = entryPoints[0];
            try
            {
                var entry = (IVerificationPlugin)Activator.CreateInstance(type)!;
                name = entry.Name;
                description = entry.Description ?? string.Empty;
                subjects = [.. entry.Subjects ?? []];
                entry.Register(new VerificationBuilder(scratch, target.VerifierName));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return Failed(path, $"The plugin '{assemblyName}' failed in its entry point {type.FullName}: {Describe(e)}");
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                return Failed(path, $"The plugin '{assemblyName}' has an entry point ({type.FullName}) whose Name is empty.");
            }
        }
        else
        {
            name = assembly.GetCustomAttribute<AssemblyTitleAttribute>()?.Title is { Length: > 0 } title ? title : assemblyName;
            description = assembly.GetCustomAttribute<AssemblyDescriptionAttribute>()?.Description ?? string.Empty;
            subjects = [];
            foreach (var type in validatorTypes)
            {
                scratch.TryAddEnumerable(target.VerifierName.Length == 0
                    ? ServiceDescriptor.Singleton(typeof(IClaimValidator), type)
                    : ServiceDescriptor.KeyedSingleton(typeof(IClaimValidator), target.VerifierName, type));
            }
        }

        // A plugin of a named verifier that registers its validators on the services rather than through the builder
        // registers them unkeyed: they are the named verifier's, and must not join the default verifier.
        var added = scratch.Where(d => !before.Contains(d))
            .Select(d => target.VerifierName.Length > 0 && d.ServiceType == typeof(IClaimValidator) && !d.IsKeyedService ? VerifierServices.KeyedFor(d, target.VerifierName) : d)
            .ToList();
        if ((catalog.FindByName(name)?.Path ?? loadedNow.Find(r => string.Equals(r.Plugin.Name, name, StringComparison.OrdinalIgnoreCase))?.Plugin.Path) is { } sameName)
        {
            return Failed(path, $"A plugin named '{name}' is already loaded from '{sameName}'; this copy was skipped.");
        }

        if (AlreadyRegistered(working, added, target.VerifierName) is { } twin)
        {
            return Failed(path, $"The plugin '{name}' registers the validator {twin.FullName}, which the host already registers from '{Location(twin)}'; this copy was skipped.");
        }

        // The verifier's validators are made when the verifier is (LoadedPlugins); everything else joins the host's services now.
        var validators = added.Where(d => IsValidatorOf(d, target.VerifierName)).ToList();
        var services = added.Where(d => !IsValidatorOf(d, target.VerifierName)).ToList();
        var plugin = new RegisteredPlugin(name, VersionOf(assembly), description, subjects, path, assembly, validators, 0, target.Order, target.Strict);
        return new Result(new Registration(plugin, services), null);
    }

    private static bool IsValidatorOf(ServiceDescriptor d, string verifierName) =>
        d.ServiceType == typeof(IClaimValidator) && VerifierServices.IsFor(d, verifierName);

    // A validator type of the same name from the same assembly, loaded a second time (in another load context, or
    // referenced by the host as well): two copies of one validator would report every finding twice.
    private static Type? AlreadyRegistered(IServiceCollection working, List<ServiceDescriptor> added, string verifierName)
    {
        var existing = working.Where(d => IsValidatorOf(d, verifierName)).Select(VerifierServices.ImplementationTypeOf).OfType<Type>().ToList();
        foreach (var d in added)
        {
            if (!IsValidatorOf(d, verifierName) || VerifierServices.ImplementationTypeOf(d) is not { } type)
            {
                continue;
            }

            var twin = existing.Find(e => e != type && e.FullName == type.FullName
                && string.Equals(e.Assembly.GetName().Name, type.Assembly.GetName().Name, StringComparison.Ordinal));
            if (twin is not null)
            {
                return twin;
            }
        }

        return null;
    }

    private static string Location(Type type) =>
        string.IsNullOrEmpty(type.Assembly.Location) ? type.Assembly.FullName ?? type.Assembly.GetName().Name ?? "?" : type.Assembly.Location;

    private static Type[] Concrete(Type[] types, Type contract) =>
        [.. types.Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && contract.IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private static ServiceCollection Copy(IServiceCollection services)
    {
        var copy = new ServiceCollection();
        foreach (var d in services)
        {
            copy.Add(d);
        }

        return copy;
    }

    private static string VersionOf(Assembly assembly)
    {
        if (assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion is { Length: > 0 } informational)
        {
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }

        return assembly.GetName().Version is { } version ? Format(version) : "0.0.0";
    }

    /// <summary>Whether a plugin built against Verification.Core <paramref name="plugin"/> can run on <paramref name="host"/>:
    /// the same major version, and not later than the host's (a later one may use members the host lacks).</summary>
    public static bool IsCompatible(Version plugin, Version host) =>
        plugin.Major == host.Major && Comparable(plugin) <= Comparable(host);

    private static Version Comparable(Version v) => new(v.Major, v.Minor, Math.Max(v.Build, 0));

    private static string Format(Version v) =>
        string.Create(CultureInfo.InvariantCulture, $"{v.Major}.{v.Minor}.{Math.Max(v.Build, 0)}") + (v.Revision > 0 ? "." + v.Revision.ToString(CultureInfo.InvariantCulture) : string.Empty);

    public static string Describe(Exception e)
    {
        while (e is TargetInvocationException { InnerException: { } inner })
        {
            e = inner;
        }

        return $"{e.GetType().Name}: {string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}";
    }

    private static Result Failed(string path, string message) => new(null, new PluginLoadError(path, message));

    // A plugin that passed every step: its entry in the catalog, and the services it adds to the host's.
    private sealed record Registration(RegisteredPlugin Plugin, List<ServiceDescriptor> Services);

    // The verifier a plugin is added to, its place in the order plugins are examined, and whether it is added strictly.
    private readonly record struct Target(string VerifierName, int Order, bool Strict);

    private readonly record struct Result(Registration? Registration, PluginLoadError? Error);
}
