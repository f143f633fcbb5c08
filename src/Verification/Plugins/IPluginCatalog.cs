namespace Verification.Plugins;

/// <summary>The plugins a host loaded, and the ones it could not; resolve it from the service provider.</summary>
/// <remarks>Registered by <see cref="VerificationBuilderPluginExtensions.AddPluginsFromDirectory"/> and
/// <see cref="VerificationBuilderPluginExtensions.AddValidatorsFromAssembly"/>. Plugins are listed in the order their
/// validators run: in the order they were added, and within a directory by folder name (ordinal). Each service provider
/// has its own: the plugins' validators are made from its services when it first resolves the verifier or the catalog.
/// A named verifier's catalog is the keyed service of its name.</remarks>
public interface IPluginCatalog
{
    /// <summary>The plugins whose validators are registered, in the order they run.</summary>
    IReadOnlyList<PluginInfo> Plugins { get; }

    /// <summary>The plugins that were skipped, each with the file at fault and the reason, in the order the plugins were examined.</summary>
    IReadOnlyList<PluginLoadError> Errors { get; }
}
