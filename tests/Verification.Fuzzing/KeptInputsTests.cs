namespace Verification.Fuzzing;

/// <summary>Every kept input — the seeds in Corpus/TARGET and the inputs that once broke a target in Findings/TARGET —
/// fed to its target: none may throw.</summary>
[TestFixture]
public sealed class KeptInputsTests
{
    private static IEnumerable<TestCaseData> KeptInputs()
    {
        foreach (var folder in (string[])["Corpus", "Findings"])
        {
            foreach (var target in FuzzTargets.ByName.Keys)
            {
                var dir = Path.Combine(AppContext.BaseDirectory, folder, target);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
                {
                    yield return new TestCaseData(target, Path.GetRelativePath(AppContext.BaseDirectory, file))
                        .SetName($"Target_{folder}_{target}_{Path.GetFileName(file)}");
                }
            }
        }
    }

    [TestCaseSource(nameof(KeptInputs))]
    public void Target_KeptInput_DoesNotThrow(string target, string file)
    {
        var data = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, file));

        Assert.That(() => FuzzTargets.ByName[target](data), Throws.Nothing);
    }

    [Test]
    public void Corpus_EveryTarget_HasSeeds()
    {
        var withoutSeeds = FuzzTargets.ByName.Keys.Where(t =>
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "Corpus", t);
            return !Directory.Exists(dir) || !Directory.EnumerateFiles(dir).Any();
        });

        Assert.That(withoutSeeds, Is.Empty);
    }
}
