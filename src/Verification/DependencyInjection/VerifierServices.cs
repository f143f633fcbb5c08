using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verification.DependencyInjection;

/// <summary>Registers a service for one verifier: without a key for the default verifier, keyed by the verifier's name
/// for a named one, so that two verifiers in one container never see each other's validators or evidence.</summary>
internal static class VerifierServices
{
    public static ServiceDescriptor Singleton<TService, TImplementation>(string name)
        where TService : class
        where TImplementation : class, TService =>
        name.Length == 0
            ? ServiceDescriptor.Singleton<TService, TImplementation>()
            : ServiceDescriptor.KeyedSingleton<TService, TImplementation>(name);

    public static ServiceDescriptor Singleton<TService, TImplementation>(string name, Func<IServiceProvider, TImplementation> factory)
        where TService : class
        where TImplementation : class, TService =>
        name.Length == 0
            ? ServiceDescriptor.Singleton<TService, TImplementation>(factory)
            : ServiceDescriptor.KeyedSingleton<TService, TImplementation>(name, (sp, _) => factory(sp));

    /// <summary>Adds an instance unless the same instance is already registered for this verifier.</summary>
    public static void TryAddInstance<TService>(IServiceCollection services, string name, TService instance)
        where TService : class
    {
        foreach (var d in services)
        {
            if (d.ServiceType == typeof(TService) && IsFor(d, name)
                && ReferenceEquals(d.IsKeyedService ? d.KeyedImplementationInstance : d.ImplementationInstance, instance))
            {
                return;
            }
        }

        services.Add(name.Length == 0 ? ServiceDescriptor.Singleton(instance) : ServiceDescriptor.KeyedSingleton(name, instance));
    }

    /// <summary>Whether a descriptor belongs to the verifier named <paramref name="name"/>.</summary>
    public static bool IsFor(ServiceDescriptor descriptor, string name) =>
        name.Length == 0 ? !descriptor.IsKeyedService : descriptor.IsKeyedService && Equals(descriptor.ServiceKey, name);

    /// <summary>The services of one verifier: <typeparamref name="TService"/> registered for it, in registration order.</summary>
    public static IEnumerable<TService> All<TService>(IServiceProvider provider, string name)
        where TService : notnull =>
        name.Length == 0 ? provider.GetServices<TService>() : provider.GetKeyedServices<TService>(name);

    /// <summary>The same registration keyed by <paramref name="name"/>: what an unkeyed descriptor registers for the
    /// default verifier, registered for the named one instead.</summary>
    public static ServiceDescriptor KeyedFor(ServiceDescriptor d, string name)
    {
        if (d.IsKeyedService)
        {
            return d;
        }

        if (d.ImplementationInstance is { } instance)
        {
            return new ServiceDescriptor(d.ServiceType, name, instance);
        }

        if (d.ImplementationFactory is { } factory)
        {
            return new ServiceDescriptor(d.ServiceType, name, (provider, _) => factory(provider), d.Lifetime);
        }

        return new ServiceDescriptor(d.ServiceType, name, d.ImplementationType!, d.Lifetime);
    }

    /// <summary>The type a descriptor makes, whether registered by type, instance or typed factory; null when unknown.</summary>
    public static Type? ImplementationTypeOf(ServiceDescriptor d)
    {
        if (d.IsKeyedService)
        {
            return d.KeyedImplementationType ?? d.KeyedImplementationInstance?.GetType()
                ?? (d.KeyedImplementationFactory?.GetType().GenericTypeArguments is [_, _, var made] && made != d.ServiceType ? made : null);
        }

        return d.ImplementationType ?? d.ImplementationInstance?.GetType()
            ?? (d.ImplementationFactory?.GetType().GenericTypeArguments is [_, var type] && type != d.ServiceType ? type : null);
    }
}
