using Verification.Input;
namespace Verification.Plugins;

/// <summary>Plugins could not be loaded (strict loading, or <see cref="VerificationBuilderPluginExtensions.AddValidatorsFromAssembly"/>);
/// every error is listed and nothing from the failed call was registered.</summary>
public sealed class PluginLoadException : Exception
{
    /// <summary>Creates the exception with its errors.</summary>
    /// <param name="errors">Every error; at least one.</param>
    public PluginLoadException(IReadOnlyList<PluginLoadError> errors)
        : base(Describe(errors)) => Errors = Listed(errors);

    /// <summary>Creates the exception with no errors listed.</summary>
    public PluginLoadException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public PluginLoadException(string message)
        : base(message) => Errors = Listed([]);

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PluginLoadException(string message, Exception innerException)
        : base(message, innerException) => Errors = Listed([]);

    /// <summary>Every error, in the order the plugins were examined.</summary>
    /// <remarks>The list's text gives each error with its file, separated by "; ", which is what test runners that
    /// show an exception's properties print.</remarks>
    public IReadOnlyList<PluginLoadError> Errors { get; }

    // A list whose text lists the errors: test runners show an exception's properties by their text.
    private static ListedItems<PluginLoadError> Listed(IEnumerable<PluginLoadError> errors) => new(errors, e => e.ToString());

    private static string Describe(IReadOnlyList<PluginLoadError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var noun = errors.Count == 1 ? "plugin" : "plugins";
        return $"{errors.Count} {noun} could not be loaded:" + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
    }
}
