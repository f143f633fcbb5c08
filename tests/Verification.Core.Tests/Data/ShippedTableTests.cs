using Verification.Data;
namespace Verification.Core.Tests.Data;

public sealed class ShippedTableTests
{
    [Test]
    public void Lines_ShippedTable_SkipsCommentsAndKeepsLineNumbers()
    {
        var lines = ShippedTable.Lines("Verification.place-names.tsv", "The built-in list of place names").ToList();

        Assert.That(lines, Is.Not.Empty);
        Assert.That(lines.Select(l => l.Fields[0]), Has.None.StartsWith("#").And.None.Empty);
        Assert.That(lines.Select(l => l.Number), Is.Ordered.Ascending.And.Unique);
    }

    [Test]
    public void Lines_MissingTable_NamesWhatIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ShippedTable.Lines("Verification.nothing.tsv", "The built-in list of nothing").ToList());

        Assert.That(error!.Message, Is.EqualTo("The built-in list of nothing is missing from the assembly."));
    }

    [Test]
    public void Names_SemicolonList_TrimsAndDropsEmpty()
    {
        Assert.That(ShippedTable.Names(" Mawsil ; al-Mawsil;; "), Is.EqualTo(new[] { "Mawsil", "al-Mawsil" }));
    }
}
