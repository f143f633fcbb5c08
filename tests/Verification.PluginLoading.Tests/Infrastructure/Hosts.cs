using Microsoft.Extensions.DependencyInjection;
using Verification.Claims;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.Figures;
using Verification.Periods;
using Verification.Places;
using Verification.Plugins;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.PluginLoading.Tests.Infrastructure;

/// <summary>Hosts and claims for the loading tests.</summary>
internal static class Hosts
{
    public static ServiceProvider Build(Action<IVerificationBuilder> configure) =>
        new ServiceCollection().AddVerification(configure).BuildServiceProvider();

    public static ServiceProvider WithPlugins(string directory, Action<PluginLoadOptions>? options = null) =>
        Build(v => v.AddPluginsFromDirectory(directory, options));

    public static IPluginCatalog Catalog(this IServiceProvider provider) => provider.GetRequiredService<IPluginCatalog>();

    // The validators the verifier runs, plugins' included: those are made with the verifier, not registered as services.
    public static IReadOnlyList<IClaimValidator> Validators(this IServiceProvider provider) =>
        ((ClaimVerifier)provider.GetRequiredService<IClaimVerifier>()).Validators;

    public static IReadOnlyList<string> ValidatorNames(this IServiceProvider provider) => [.. provider.Validators().Select(v => v.Name)];

    public static Claim Displaced(string id = "c1", string figure = "about 270,000") =>
        new(id, "people displaced", Figure.Parse(figure), "UNHCR")
        {
            Place = Place.Parse("Mosul, Iraq"),
            Period = Period.Parse("2016-10-17/2017-03-25"),
        };

    public static Task<ClaimVerification> VerifyAsync(this IServiceProvider provider, Claim claim) =>
        provider.GetRequiredService<IClaimVerifier>().VerifyClaimAsync(claim);
}
