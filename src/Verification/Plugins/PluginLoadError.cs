namespace Verification.Plugins;

/// <summary>Why a plugin was not loaded: the file or folder at fault and what is wrong with it.</summary>
/// <param name="File">The full path of the plugin's assembly, or of its folder when no assembly could be picked.</param>
/// <param name="Message">What is wrong, in a sentence that names the plugin and says what to do.</param>
public sealed record PluginLoadError(string File, string Message)
{
    /// <summary>"/plugins/Bad/Bad.dll: …".</summary>
    public override string ToString() => $"{File}: {Message}";
}
