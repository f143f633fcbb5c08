using Microsoft.Extensions.DependencyInjection;

namespace Verification;

/// <summary>Configures verification: evidence sources, validators and options. Extension methods add to it.</summary>
/// <remarks>Plugins add one extension method on this builder, in namespace <c>Verification</c>, that registers their
/// services, as <c>v.AddCasualtyGrading(o =&gt; …)</c>.</remarks>
public interface IVerificationBuilder
{
    /// <summary>The service collection verification is registered in.</summary>
    IServiceCollection Services { get; }
}
