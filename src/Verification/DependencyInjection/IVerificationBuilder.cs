using Microsoft.Extensions.DependencyInjection;

namespace Verification.DependencyInjection;

/// <summary>Configures one verifier: its evidence sources, validators and options. Extension methods add to it.</summary>
/// <remarks>
/// <para>Plugins add one extension method on this builder, in namespace <c>Verification</c>, that registers their
/// services, as <c>v.AddCasualtyGrading(o =&gt; …)</c>.</para>
/// <para>A container may hold several verifiers, each configured apart: the default one
/// (<see cref="VerificationServiceCollectionExtensions.AddVerification(IServiceCollection, Action{IVerificationBuilder}?)"/>,
/// whose <see cref="Name"/> is empty) and named ones
/// (<see cref="VerificationServiceCollectionExtensions.AddKeyedVerification"/>).
/// What a builder registers belongs to its verifier only: validators and evidence sources of a named verifier are
/// keyed services under its name, and options are named options of that name.</para>
/// </remarks>
public interface IVerificationBuilder
{
    /// <summary>The service collection verification is registered in.</summary>
    IServiceCollection Services { get; }

    /// <summary>The verifier's name: empty (<c>Options.DefaultName</c>) for the default verifier, else the key it is
    /// resolved by (<c>[FromKeyedServices("strict")] IClaimVerifier</c>) and the name of its options.</summary>
    /// <remarks>Register options with <c>Services.AddOptions&lt;TOptions&gt;(Name)</c> and read them with
    /// <c>IOptionsMonitor&lt;TOptions&gt;.Get(Name)</c>, so that each verifier has its own.</remarks>
    string Name { get; }
}
