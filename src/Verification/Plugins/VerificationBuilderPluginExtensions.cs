using System.Reflection;
using Verification.DependencyInjection;
using Verification.Plugins;
using Verification.Telemetry;
using Verification.Validators;

namespace Verification.Plugins;

/// <summary>Adds validator plugins to a <see cref="IVerificationBuilder"/>: from an assembly the host already has, or
/// loaded at run time from a directory of plugin folders.</summary>
/// <remarks>Plugins are trusted code: they run in the host's process, with the host's permissions. Load them only from
/// directories the host names and whose contents it trusts.</remarks>
public static class VerificationBuilderPluginExtensions
{
    /// <summary>Registers the plugin in an assembly the host already references or has loaded.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="assembly">The assembly: its <see cref="IVerificationPlugin"/> entry point registers what it wants;
    /// without one, every public, non-abstract <see cref="IClaimValidator"/> in it is registered, in ordinal order of
    /// type names.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>Adding the same assembly twice registers it once. The plugin is listed in <see cref="IPluginCatalog"/>.
    /// Its validators are made when the verifier is first resolved, from the container's services; one that cannot be
    /// made fails that resolution with a <see cref="PluginLoadException"/> naming it.</remarks>
    /// <exception cref="PluginLoadException">The assembly holds no plugin, or its entry point failed; nothing was registered.</exception>
    public static IVerificationBuilder AddValidatorsFromAssembly(this IVerificationBuilder builder, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(assembly);
        PluginLoader.AddAssembly(builder.Services, builder.Name, assembly);
        return builder;
    }

    /// <summary>Loads every plugin in a directory, each from a folder of its own, and registers it.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The plugin directory: one folder per plugin, holding the plugin's published output (its
    /// main assembly is <c>&lt;folder&gt;/&lt;folder name&gt;.dll</c>, else the one its single <c>.deps.json</c> names).</param>
    /// <param name="configure">Sets the load options, such as <see cref="PluginLoadOptions.Strict"/>. May be null.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>
    /// <para>Each plugin gets its own load context, so plugins may depend on different versions of one package;
    /// <c>Verification.Core</c> and whatever else the host has are shared, so the plugin's validators are the host's
    /// <see cref="IClaimValidator"/>. Folders are loaded in ordinal order of their names, and their validators run in
    /// that order, after the validators registered before this call.</para>
    /// <para>A plugin that cannot be loaded — an empty folder, a corrupt assembly, one built against an incompatible
    /// <c>Verification.Core</c>, an entry point that throws, a name another plugin already uses — is skipped and listed
    /// in <see cref="IPluginCatalog.Errors"/> with the file at fault; or, with <see cref="PluginLoadOptions.Strict"/>,
    /// every such error is thrown at once and nothing from the directory is registered.</para>
    /// <para>No service provider is built here. The plugins' validators are made when the verifier (or
    /// <see cref="IPluginCatalog"/>) is first resolved, from the container's own services, so the services a validator
    /// needs may be registered before or after this call. A plugin whose validator cannot be made then (its constructor
    /// throws, a service it needs is missing, its name is taken by another plugin's) is skipped and listed in
    /// <see cref="IPluginCatalog.Errors"/>; with <see cref="PluginLoadOptions.Strict"/>, resolving the verifier fails with
    /// a <see cref="PluginLoadException"/> listing every such error. What was loaded and what was not is logged under
    /// the category <c>Verification.Plugins</c> (see <see cref="VerificationDiagnostics"/>).</para>
    /// <para>Adding the same directory, or the same plugin folder, twice loads it once.</para>
    /// </remarks>
    /// <exception cref="PluginLoadException">Strict loading, and at least one plugin could not be loaded.</exception>
    public static IVerificationBuilder AddPluginsFromDirectory(this IVerificationBuilder builder, string path, Action<PluginLoadOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var options = new PluginLoadOptions();
        configure?.Invoke(options);
        PluginLoader.AddDirectory(builder.Services, builder.Name, path, options);
        return builder;
    }
}
