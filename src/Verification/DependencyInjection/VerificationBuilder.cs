using Microsoft.Extensions.DependencyInjection;

namespace Verification.DependencyInjection;

internal sealed class VerificationBuilder(IServiceCollection services, string name) : IVerificationBuilder
{
    public IServiceCollection Services { get; } = services;

    public string Name { get; } = name;

    /// <summary>Whether this is the default verifier, whose services are registered without a key.</summary>
    public static bool IsDefault(IVerificationBuilder builder) => builder.Name.Length == 0;
}
