using Microsoft.Extensions.DependencyInjection;

namespace Verification.DependencyInjection;

internal sealed class VerificationBuilder(IServiceCollection services) : IVerificationBuilder
{
    public IServiceCollection Services { get; } = services;
}
