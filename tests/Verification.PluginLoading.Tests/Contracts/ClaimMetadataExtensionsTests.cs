using Verification.Claims;
using Verification.Plugins;
namespace Verification.PluginLoading.Tests.Contracts;

/// <summary>How plugins read a claim's free-form fields, whether the claim came from a file (raw JSON) or from code.</summary>
public sealed class ClaimMetadataExtensionsTests
{
    private static Claim With(string key, string value) =>
        new("c1", "civilians killed", null, "Airwars") { Metadata = new Dictionary<string, string> { [key] = value } };

    [TestCase("\"Coalition\"", "Coalition")]
    [TestCase("Coalition", "Coalition")]
    [TestCase("\"Ninawa \\u0026 Anbar\"", "Ninawa & Anbar")]
    [TestCase("42", "42")]
    [TestCase("[\"a\",\"b\"]", "[\"a\",\"b\"]")]
    public void TryGetMetadataText_Value_IsReadAsText(string raw, string expected)
    {
        With("accused", raw).TryGetMetadataText("accused", out var text);

        Assert.That(text, Is.EqualTo(expected));
    }

    [Test]
    public void TryGetMetadataText_KeyInAnotherCase_IsFound() =>
        Assert.That(With("Accused", "\"Coalition\"").TryGetMetadataText("accused", out _), Is.True);

    [Test]
    public void TryGetMetadataText_MissingKey_IsNotFound() =>
        Assert.That(With("party", "x").TryGetMetadataText("accused", out _), Is.False);

    [Test]
    public void TryGetMetadataText_JsonNull_IsNotFound() =>
        Assert.That(With("accused", "null").TryGetMetadataText("accused", out _), Is.False);

    [TestCase("true", true)]
    [TestCase("\"yes\"", true)]
    [TestCase("FALSE", false)]
    [TestCase("\"no\"", false)]
    [TestCase("1", null)]
    public void GetMetadataFlag_Value_IsReadAsAFlag(string raw, bool? expected) =>
        Assert.That(With("discounted", raw).GetMetadataFlag("discounted"), Is.EqualTo(expected));

    [Test]
    public void GetMetadataFlag_MissingKey_IsNull() =>
        Assert.That(With("party", "x").GetMetadataFlag("discounted"), Is.Null);
}
