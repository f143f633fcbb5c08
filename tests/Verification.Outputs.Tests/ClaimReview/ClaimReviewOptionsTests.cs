using Verification.Outputs.ClaimReview;
namespace Verification.Outputs.Tests.ClaimReview;

public sealed class ClaimReviewOptionsTests
{
    [TestCase("ftp://news.example/checks")]
    [TestCase("javascript:alert(1)")]
    [TestCase("file:///tmp/checks.html")]
    public void Constructor_ReviewUrlNotAWebAddress_Throws(string url)
    {
        Assert.That(() => new ClaimReviewOptions("Desk", new Uri(url)), Throws.ArgumentException.With.Message.Contains("http or https"));
    }

    [Test]
    public void Constructor_RelativeReviewUrl_Throws()
    {
        Assert.That(() => new ClaimReviewOptions("Desk", new Uri("/checks", UriKind.Relative)), Throws.ArgumentException);
    }

    [TestCase("")]
    [TestCase("  ")]
    public void Constructor_BlankReviewer_Throws(string name)
    {
        Assert.That(() => new ClaimReviewOptions(name, new Uri("https://news.example/")), Throws.ArgumentException);
    }

    [Test]
    public void ReviewerUrl_NotAWebAddress_Throws()
    {
        Assert.That(() => new ClaimReviewOptions("Desk", new Uri("https://news.example/")) { ReviewerUrl = new Uri("mailto:desk@news.example") }, Throws.ArgumentException);
    }
}
