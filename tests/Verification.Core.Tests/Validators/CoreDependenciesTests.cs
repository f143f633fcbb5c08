using Verification.Validators;
namespace Verification.Core.Tests.Validators;

/// <summary>The model package stands alone: registration, and the DI abstractions it needs, live in Verification.</summary>
public sealed class CoreDependenciesTests
{
    [Test]
    public void VerificationCore_ReferencesOnlyTheFramework()
    {
        var references = typeof(IClaimValidator).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.That(references, Has.All.Matches<string>(n => n!.StartsWith("System", StringComparison.Ordinal) || n == "netstandard" || n == "mscorlib"));
    }
}
