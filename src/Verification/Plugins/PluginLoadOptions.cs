namespace Verification.Plugins;

/// <summary>How <see cref="VerificationBuilderPluginExtensions.AddPluginsFromDirectory"/> treats plugins that cannot be loaded.</summary>
public sealed class PluginLoadOptions
{
    /// <summary>Whether one plugin that cannot be loaded stops everything. Default false.</summary>
    /// <remarks>When false, a plugin that cannot be loaded is skipped, its error is listed in
    /// <see cref="IPluginCatalog.Errors"/>, and the other plugins load. When true, every plugin folder is still examined,
    /// then a <see cref="PluginLoadException"/> listing every error is thrown and no plugin from the directory is
    /// registered, so verification never starts with a partial set of plugins.</remarks>
    public bool Strict { get; set; }
}
