using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Verification.DependencyInjection;
using Verification.Validators;

namespace Verification.DependencyInjection;

/// <summary>Adds validators to a <see cref="IVerificationBuilder"/>: the host's own, and those of plugins.</summary>
public static class VerificationBuilderValidatorExtensions
{
    /// <summary>Adds a validator type; adding the same type twice to one verifier registers it once.</summary>
    /// <typeparam name="TValidator">The validator; constructed by the container, so its constructor may take services.</typeparam>
    /// <param name="builder">The builder.</param>
    public static IVerificationBuilder AddValidator<TValidator>(this IVerificationBuilder builder)
        where TValidator : class, IClaimValidator
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(VerifierServices.Singleton<IClaimValidator, TValidator>(builder.Name));
        return builder;
    }

    /// <summary>Adds a validator made from this verifier's options of <typeparamref name="TOptions"/>; adding the same
    /// type twice to one verifier registers it once.</summary>
    /// <typeparam name="TValidator">The validator.</typeparam>
    /// <typeparam name="TOptions">Its options, registered with <c>Services.AddOptions&lt;TOptions&gt;(builder.Name)</c>.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="create">Makes the validator from the options; called once, when the verifier is first resolved.</param>
    /// <remarks>Each verifier of a container gets its own validator, made from the options named after it
    /// (<see cref="IVerificationBuilder.Name"/>), read through <see cref="IOptionsMonitor{TOptions}"/>: invalid options
    /// fail, with the problems their validation lists, when the verifier is first resolved (or when the host starts,
    /// for options registered with <c>ValidateOnStart</c>).</remarks>
    public static IVerificationBuilder AddValidator<TValidator, TOptions>(this IVerificationBuilder builder, Func<TOptions, TValidator> create)
        where TValidator : class, IClaimValidator
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(create);
        var name = builder.Name;
        builder.Services.TryAddEnumerable(VerifierServices.Singleton<IClaimValidator, TValidator>(name,
            sp => create(sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name))));
        return builder;
    }

    /// <summary>Adds a validator instance; adding the same instance twice to one verifier registers it once.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="validator">The validator.</param>
    public static IVerificationBuilder AddValidator(this IVerificationBuilder builder, IClaimValidator validator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(validator);
        VerifierServices.TryAddInstance(builder.Services, builder.Name, validator);
        return builder;
    }
}
