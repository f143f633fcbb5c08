using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Verification.Validators;

namespace Verification.DependencyInjection;

/// <summary>Binds a verifier's <see cref="VerificationOptions"/> to a configuration section, turning a value the
/// options refuse into an <see cref="OptionsValidationException"/> that names the key, like the other checks.</summary>
/// <remarks>The binder stops at the first value it cannot set: a value out of range for a property that checks it
/// (<c>Figures:HedgeTolerance</c>) or one that does not convert (<c>"SameTimeWindowDays": "two"</c>). Without this, the
/// first would surface as a <see cref="TargetInvocationException"/> from reflection.</remarks>
internal sealed class VerificationOptionsBinding(string verifierName, Func<IConfiguration> section) : IConfigureNamedOptions<VerificationOptions>
{
    public void Configure(string? name, VerificationOptions options)
    {
        if (!string.Equals(name ?? Options.DefaultName, verifierName, StringComparison.Ordinal))
        {
            return;
        }

        var configuration = section();
        try
        {
            configuration.Bind(options);
        }
        catch (Exception e) when (e is TargetInvocationException { InnerException: ArgumentException } or InvalidOperationException)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            var where = configuration is IConfigurationSection s ? $"The configuration section '{s.Path}'" : "The configuration";
            var message = string.Join(' ', cause.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            throw new OptionsValidationException(verifierName, typeof(VerificationOptions), [$"{where} holds a value the options refuse: {message}"]);
        }
    }

    public void Configure(VerificationOptions options) => Configure(Options.DefaultName, options);
}
