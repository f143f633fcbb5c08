using FluentValidation;
using Verification.Claims;
using Verification.Engine;
using Verification.FluentValidation;
using Verification.Json;

namespace TestConsumer;

/// <summary>A newsroom's existing FluentValidation rules for a story, with figure checks added.</summary>
public sealed class StoryRules : AbstractValidator<Report>
{
    public StoryRules(IClaimVerifier verifier)
    {
        RuleFor(r => r.Outlet).NotEmpty();
        RuleForEach(r => r.Claims).MustNotBeContested(verifier);
    }
}

public sealed class FluentValidationTests
{
    [Test]
    public async Task StoryRules_ExampleReport_FailContestedClaimsWithTheirReasons()
    {
        var result = await new StoryRules(Example.Verifier).ValidateAsync(Example.Report);

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Claims[3]", "Claims[4]" }));
        Assert.That(result.Errors[0].ErrorMessage, Does.Contain("US military investigation's 105"));
    }

    [Test]
    public async Task StoryRules_Draft_Pass()
    {
        var draft = ClaimsFile.Read(Path.Combine(AppContext.BaseDirectory, "claims", "draft.json")).Report;

        var result = await new StoryRules(Example.Verifier).ValidateAsync(draft);

        Assert.That(result.IsValid, Is.True, () => string.Join(Environment.NewLine, result.Errors));
    }
}
