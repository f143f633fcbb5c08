using Verification.Sources;
namespace Verification.Core.Tests.Sources;

public sealed class SourceBodyWordsTests
{
    [Test]
    public void Entries_AreOfKnownKindsWithLowerCaseNames()
    {
        string[] kinds = ["body", "fielded", "office", "fielded office", "local office", "collective", "field", "qualifier", "role", "level"];
        var entries = SourceBodyWords.Entries();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries.Select(e => e.What).Distinct(), Is.SubsetOf(kinds));
            Assert.That(entries.SelectMany(e => e.Others.Prepend(e.Name)), Has.All.Matches("^[a-z][a-z -]*$"));
        }
    }

    [Test]
    public void Entries_NameNoWordAsTwoThings()
    {
        // A word read both as a body and as a field, say, would read one way by chance.
        var byWhat = SourceBodyWords.Entries()
            .SelectMany(e => e.Others.Prepend(e.Name).Select(n => (Name: n, Group: e.What.EndsWith("office", StringComparison.Ordinal) || e.What is "body" or "fielded" or "collective" ? "kind" : e.What)))
            .Distinct()
            .GroupBy(x => x.Name)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.That(byWhat, Is.Empty);
    }

    [Test]
    public void Kinds_MinisterIsWrittenAsTheMinistry()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SourceBodyWords.Kinds["minister"], Is.EqualTo(new BodyKind("ministry", TakesField: true, IsOffice: true, IsLocal: false, IsCollective: false)));
            Assert.That(SourceBodyWords.Kinds["ministry"].IsOffice, Is.False);
            Assert.That(SourceBodyWords.Kinds["governor"].IsLocal, Is.True);
            Assert.That(SourceBodyWords.Kinds["directorate"].IsCollective, Is.True);
        }
    }

    [Test]
    public void Fields_OtherNames_AreTheFieldsName()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SourceBodyWords.Fields["home affairs"], Is.EqualTo("interior"));
            Assert.That(SourceBodyWords.Fields["public health"], Is.EqualTo("health"));
        }
    }
}
