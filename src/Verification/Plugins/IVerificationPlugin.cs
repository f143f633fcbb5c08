using Verification.DependencyInjection;
using Verification.Validators;
namespace Verification.Plugins;

/// <summary>A plugin's optional entry point: its metadata, and the registrations it makes on the verification builder.</summary>
/// <remarks>
/// <para>A plugin is an assembly that references <c>Verification.Core</c> (and <c>Verification</c>, for this entry point
/// and the builder) without carrying them, and holds public <see cref="IClaimValidator"/> types. Without an entry point,
/// every public, non-abstract validator type in it is registered, and its metadata comes from the assembly's title,
/// description and version attributes.</para>
/// <para>With an entry point (one public, non-abstract class with a public parameterless constructor per assembly),
/// <see cref="Register"/> decides what is registered: usually it calls the plugin's own builder extension,
/// <c>builder.AddCasualtyGrading()</c>, the same method a host calls when it references the plugin's package directly.
/// Validators registered through the builder are made from the host's services when the verifier is first resolved, so
/// their constructors may take services such as <c>IOptions&lt;TOptions&gt;</c>, and their options are the verifier's own
/// (<see cref="IVerificationBuilder.Name"/>).</para>
/// <para>Plugins are trusted code: they run in the host's process with the host's permissions.</para>
/// </remarks>
public interface IVerificationPlugin
{
    /// <summary>The plugin's name as listed to users ("CasualtyGrading"). Keep it short and stable.</summary>
    string Name { get; }

    /// <summary>One sentence on what the plugin checks.</summary>
    string Description { get; }

    /// <summary>The subjects the plugin's validators look at ("civilians killed"); empty when it looks at every claim.</summary>
    /// <remarks>Informational: validators are still called for every claim, and return nothing for subjects they ignore.</remarks>
    IReadOnlyList<string> Subjects { get; }

    /// <summary>Registers the plugin's validators, options and services.</summary>
    /// <param name="builder">The builder of the host that loads the plugin.</param>
    /// <remarks>Called once per host service collection. Register validators with
    /// <see cref="VerificationBuilderValidatorExtensions.AddValidator{TValidator}(IVerificationBuilder)"/>, which is idempotent.</remarks>
    void Register(IVerificationBuilder builder);
}
