using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verification;

/// <summary>Adds validators to a <see cref="IVerificationBuilder"/>; available to plugins, which reference only this package.</summary>
public static class VerificationBuilderValidatorExtensions
{
    /// <summary>Adds a validator type; adding the same type twice registers it once.</summary>
    /// <typeparam name="TValidator">The validator; constructed by the container, so its constructor may take services.</typeparam>
    /// <param name="builder">The builder.</param>
    public static IVerificationBuilder AddValidator<TValidator>(this IVerificationBuilder builder)
        where TValidator : class, IClaimValidator
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimValidator, TValidator>());
        return builder;
    }

    /// <summary>Adds a validator instance; adding the same instance twice registers it once.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="validator">The validator.</param>
    public static IVerificationBuilder AddValidator(this IVerificationBuilder builder, IClaimValidator validator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(validator);
        foreach (var d in builder.Services)
        {
            if (d.ServiceType == typeof(IClaimValidator) && ReferenceEquals(d.ImplementationInstance, validator))
            {
                return builder;
            }
        }

        builder.Services.AddSingleton(validator);
        return builder;
    }

}
