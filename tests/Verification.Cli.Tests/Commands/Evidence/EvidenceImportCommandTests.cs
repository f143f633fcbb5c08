using Verification.Cli.Tests.TestSupport;

namespace Verification.Cli.Tests.Commands.Evidence;

/// <summary><c>verify evidence import</c>, <c>verify check --store</c> and <c>verify recheck</c>, run in process against
/// a SQLite store (the store's own tests run the same cases against PostgreSQL too).</summary>
[TestFixture]
public sealed class EvidenceImportCommandTests
{
    private TempDirectory _dir = null!;

    private string Store => Path.Combine(_dir.FullName, "evidence.db");

    private static string Claims => Repository.MosulExample("claims.json").FullName;

    private static string Evidence => Repository.MosulExample("evidence.json").FullName;

    [SetUp]
    public void SetUp() => _dir = new TempDirectory();

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    [Test]
    public async Task Import_EvidenceFile_SaysWhatItAddedAndTwiceAddsNothing()
    {
        var first = await CliRun.InvokeAsync("evidence", "import", Evidence, "--store", Store);
        var second = await CliRun.InvokeAsync("evidence", "import", Evidence, "--store", Store);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((first.ExitCode, first.Stderr), Is.EqualTo((ExitCodes.Success, string.Empty)));
            Assert.That(first.Stdout, Does.EndWith(": 8 added, 0 revised, 0 unchanged." + Environment.NewLine));
            Assert.That(second.Stdout, Does.EndWith(": already in the store; nothing imported." + Environment.NewLine));
        }
    }

    private static string Sample(string name) => Path.Combine(Repository.Root.FullName, "docs", "examples", "data", name);

    [Test]
    public async Task Import_PublishedDataSetWithMapping_ChecksAsTheFileItReadsTo()
    {
        var read = Path.Combine(_dir.FullName, "tally.json");
        await CliRun.InvokeAsync("evidence", "read", Sample("mosul-tally.csv"), "--mapping", Sample("mosul-tally.mapping.json"), "-o", read);

        var import = await CliRun.InvokeAsync("evidence", "import", Sample("mosul-tally.csv"), "--mapping", Sample("mosul-tally.mapping.json"), "--store", Store);
        var fromStore = await CliRun.InvokeAsync("check", Claims, "--store", Store, "--format", "json");
        var fromFile = await CliRun.InvokeAsync("check", Claims, "--evidence", read, "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((import.ExitCode, import.Stderr), Is.EqualTo((ExitCodes.Success, string.Empty)));
            Assert.That(import.Stdout, Does.EndWith(": 4 added, 0 revised, 0 unchanged." + Environment.NewLine));
            Assert.That(fromStore.Stdout, Is.EqualTo(fromFile.Stdout));
            Assert.That(fromStore.Stdout, Does.Contain("tally:t1"));
        }
    }

    [Test]
    public async Task Import_SameFileWithOtherReadingOptions_IsImportedNotSkipped()
    {
        var mapping = Sample("mosul-tally.mapping.json");
        var otherMapping = _dir.Write("other.mapping.json", File.ReadAllText(mapping).Replace("\"idPrefix\": \"tally\"", "\"idPrefix\": \"desk\"", StringComparison.Ordinal));
        await CliRun.InvokeAsync("evidence", "import", Sample("mosul-tally.csv"), "--mapping", mapping, "--store", Store, "--data-set", "tally");

        var sameOptions = await CliRun.InvokeAsync("evidence", "import", Sample("mosul-tally.csv"), "--mapping", mapping, "--store", Store, "--data-set", "tally");
        var otherPrefix = await CliRun.InvokeAsync("evidence", "import", Sample("mosul-tally.csv"), "--mapping", mapping, "--id-prefix", "mine", "--store", Store, "--data-set", "tally");
        var otherMappingRun = await CliRun.InvokeAsync("evidence", "import", Sample("mosul-tally.csv"), "--mapping", otherMapping.FullName, "--store", Store, "--data-set", "tally");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sameOptions.Stdout, Does.EndWith(": already in the store; nothing imported." + Environment.NewLine));
            Assert.That((otherPrefix.ExitCode, otherPrefix.Stderr), Is.EqualTo((ExitCodes.Success, string.Empty)));
            Assert.That(otherPrefix.Stdout, Does.EndWith(": 4 added, 0 revised, 0 unchanged." + Environment.NewLine));
            Assert.That(otherMappingRun.Stdout, Does.EndWith(": 4 added, 0 revised, 0 unchanged." + Environment.NewLine));
        }
    }

    [Test]
    public async Task Import_DataSetWithABadRow_IsRefusedWholeUnlessSkipBadRows()
    {
        var csv = _dir.Write("tally.csv", File.ReadAllText(Sample("mosul-tally.csv")).TrimEnd() + "\nt5,civilians killed,lots and lots,al-Jadida,Mosul,Iraq,2017-03-17,Residents,\n");
        var mapping = Sample("mosul-tally.mapping.json");

        var refused = await CliRun.InvokeAsync("evidence", "import", csv.FullName, "--mapping", mapping, "--store", Store);
        var afterRefusal = await CliRun.InvokeAsync("check", Claims, "--store", Store, "--format", "json");
        var skipped = await CliRun.InvokeAsync("evidence", "import", csv.FullName, "--mapping", mapping, "--skip-bad-rows", "--store", Store);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(refused.Stderr, Does.Contain("lots and lots"));
            Assert.That(refused.Stdout, Is.Empty);
            Assert.That(afterRefusal.Stdout, Does.Not.Contain("tally:"), "nothing of the refused file was stored");
            Assert.That(skipped.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(skipped.Stderr, Does.Contain("lots and lots"));
            Assert.That(skipped.StderrLines[^1], Is.EqualTo($"verify: {csv.FullName}: 1 row skipped for the problems above; 4 claims to import."));
            Assert.That(skipped.Stdout, Does.EndWith(": 4 added, 0 revised, 0 unchanged." + Environment.NewLine));
        }
    }

    [Test]
    public async Task Import_DataSetOfSeveralBatches_RefusedForBadRowsInAnyBatchAndStoredOnceOtherwise()
    {
        // 2,600 rows: more than two of the store's batches, with a bad row in the first and in the last.
        static string Rows(Func<int, string> figure) =>
            "ref,what,n,who\n" + string.Concat(Enumerable.Range(1, 2600).Select(i => $"s{i},civilians killed,{figure(i)},Airwars\n"));
        var mapping = _dir.Write("strikes.mapping.json", """{ "id": "ref", "subject": "what", "figure": "n", "source": "who" }""").FullName;
        var bad = _dir.Write("bad.csv", Rows(i => i is 3 or 2590 ? "lots and lots" : (i % 90).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var good = _dir.Write("good.csv", Rows(i => (i % 90).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var revised = _dir.Write("revised.csv", Rows(i => (i == 2000 ? 95 : i % 90).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var refused = await CliRun.InvokeAsync("evidence", "import", bad.FullName, "--mapping", mapping, "--store", Store, "--data-set", "strikes");
        var stored = await CliRun.InvokeAsync("evidence", "import", good.FullName, "--mapping", mapping, "--store", Store, "--data-set", "strikes", "--released-on", "2017-04-01");
        var again = await CliRun.InvokeAsync("evidence", "import", good.FullName, "--mapping", mapping, "--store", Store, "--data-set", "strikes", "--released-on", "2017-04-01");
        var release = await CliRun.InvokeAsync("evidence", "import", revised.FullName, "--mapping", mapping, "--store", Store, "--data-set", "strikes", "--released-on", "2017-05-01");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((refused.ExitCode, refused.Stdout), Is.EqualTo((ExitCodes.BadInput, string.Empty)));
            Assert.That(refused.StderrLines.Where(l => l.Contains("figure-unreadable", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(": figure", StringComparison.Ordinal)]),
                Is.EqualTo(new[] { $"{bad.FullName}, row 4, column 'n'", $"{bad.FullName}, row 2591, column 'n'" }));
            Assert.That(stored.Stdout, Does.EndWith(": 2600 added, 0 revised, 0 unchanged." + Environment.NewLine), "nothing of the refused file was stored");
            Assert.That(again.Stdout, Does.EndWith(": already in the store; nothing imported." + Environment.NewLine));
            Assert.That(release.Stdout, Does.EndWith(": 0 added, 1 revised, 2599 unchanged." + Environment.NewLine));
        }
    }

    [Test]
    public async Task Import_ClaimsFileWithABadClaimAndSkipBadRows_StoresTheGoodClaimsAndReportsTheBadOne()
    {
        var claims = _dir.Write("strikes.json", """
            {"claims": [
              {"id": "e1", "subject": "civilians killed", "figure": "105", "place": "al-Jadida, Mosul, Iraq", "period": "2017-03-17", "source": "US military"},
              {"id": "e2", "subject": "civilians killed", "figure": "lots and lots", "source": "Residents"},
              {"id": "e3", "subject": "civilians killed", "figure": "160", "place": "al-Jadida, Mosul, Iraq", "period": "2017-03-17", "source": "Nineveh health official"}
            ]}
            """);

        var refused = await CliRun.InvokeAsync("evidence", "import", claims.FullName, "--store", Store);
        var skipped = await CliRun.InvokeAsync("evidence", "import", claims.FullName, "--store", Store, "--skip-bad-rows");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((refused.ExitCode, refused.Stdout), Is.EqualTo((ExitCodes.BadInput, string.Empty)));
            Assert.That(skipped.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(skipped.Stderr, Does.Contain("row 2").And.Contain("lots and lots"));
            Assert.That(skipped.StderrLines[^1], Is.EqualTo($"verify: {claims.FullName}: 1 row skipped for the problems above; 2 claims to import."));
            Assert.That(skipped.Stdout, Does.EndWith(": 2 added, 0 revised, 0 unchanged." + Environment.NewLine));
        }
    }

    [Test]
    public async Task Import_BadFileWhileAnotherWriterHoldsTheStore_IsRefusedWithoutWaitingForIt()
    {
        await CliRun.InvokeAsync("evidence", "import", Evidence, "--store", Store);
        var csv = _dir.Write("tally.csv", File.ReadAllText(Sample("mosul-tally.csv")).TrimEnd() + "\nt5,civilians killed,lots and lots,al-Jadida,Mosul,Iraq,2017-03-17,Residents,\n");
        var bad = _dir.Write("bad.json", """{"claims": [{"id": "b1", "subject": "people killed", "figure": "lots", "source": "x"}]}""");
        using var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Store}");
        writer.Open();
        using var transaction = writer.BeginTransaction();
        using (var command = writer.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO data_sets (name) VALUES ('held')";
            command.ExecuteNonQuery();
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = await CliRun.InvokeAsync("evidence", "import", csv.FullName, bad.FullName, "--mapping", Sample("mosul-tally.mapping.json"), "--store", Store);
        clock.Stop();
        transaction.Rollback();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr, Does.Contain("lots and lots"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "the files were read and refused without waiting for the store's writer");
        }
    }

    [Test]
    public async Task Check_AsOfWithoutAStore_IsRefused()
    {
        var run = await CliRun.InvokeAsync("check", Claims, "--evidence", Evidence, "--as-of", "2017-04-01");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr, Does.Contain("'--as-of' needs '--store'"));
            Assert.That(run.Stdout, Is.Empty);
        }
    }

    [Test]
    public async Task Import_OneBadFile_ListsEveryProblemStoresNothingAndExitsTwo()
    {
        var bad = _dir.Write("bad.json", """{"claims": [{"id": "b1", "subject": "people killed", "figure": "12", "source": "x"}, {"id": "b1", "subject": "people killed", "figure": "lots", "source": "x"}]}""");

        var run = await CliRun.InvokeAsync("evidence", "import", Evidence, bad.FullName, "--store", Store);
        var check = await CliRun.InvokeAsync("check", Claims, "--store", Store, "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.StderrLines, Has.Count.GreaterThanOrEqualTo(2).And.All.StartWith(bad.FullName + ": "));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(check.Stdout, Does.Not.Contain("\"verdict\": \"corroborated\"").And.Contain("\"verdict\": \"unverified\""), "the good file was not stored either");
        }
    }

    [Test]
    public async Task Check_AgainstTheStore_WritesWhatTheEvidenceFileGives()
    {
        await CliRun.InvokeAsync("evidence", "import", Evidence, "--store", Store);

        var fromStore = await CliRun.InvokeAsync("check", Claims, "--store", Store, "--format", "json");
        var fromFile = await CliRun.InvokeAsync("check", Claims, "--evidence", Evidence, "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((fromStore.ExitCode, fromStore.Stderr), Is.EqualTo((ExitCodes.Success, string.Empty)));
            Assert.That(fromStore.Stdout, Is.EqualTo(fromFile.Stdout));
        }
    }

    [TestCase("table")]
    [TestCase("table", "--findings")]
    [TestCase("json")]
    public async Task Check_AgainstTheStoreInAStreamedFormat_WritesWhatTheEvidenceFileGivesAndKeepsTheCheck(string format, params string[] more)
    {
        await CliRun.InvokeAsync("evidence", "import", Evidence, "--store", Store, "--released-on", "2017-03-20");
        var revised = _dir.Write("revised.json", File.ReadAllText(Evidence).Replace("\"more than 355,000\"", "\"more than 955,000\"", StringComparison.Ordinal));

        var fromStore = await CliRun.InvokeAsync(["check", Claims, "--store", Store, "--format", format, .. more]);
        var fromFile = await CliRun.InvokeAsync(["check", Claims, "--evidence", Evidence, "--format", format, .. more]);
        await CliRun.InvokeAsync("evidence", "import", revised.FullName, "--store", Store, "--data-set", "evidence.json", "--released-on", "2017-05-25");
        var recheck = await CliRun.InvokeAsync("recheck", "--store", Store);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((fromStore.ExitCode, fromStore.Stderr), Is.EqualTo((ExitCodes.Success, string.Empty)));
            Assert.That(fromStore.Stdout, Is.EqualTo(fromFile.Stdout));
            Assert.That(recheck.Stdout, Does.Contain(" m1: corroborated -> contested: "), "the check was kept, and the revision changes a verdict of it");
        }
    }

    [Test]
    public async Task Check_NeitherEvidenceNorStore_IsBadInput()
    {
        var run = await CliRun.InvokeAsync("check", Claims);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr, Does.Contain("'--evidence' or '--store'"));
        }
    }

    [Test]
    public async Task Check_AsOfBeforeAnyRelease_FindsNoStoredEvidence()
    {
        await CliRun.InvokeAsync("evidence", "import", Evidence, "--store", Store, "--released-on", "2017-05-31");

        var run = await CliRun.InvokeAsync("check", Claims, "--store", Store, "--as-of", "2017-03-01", "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stdout, Does.Not.Contain("\"verdict\": \"corroborated\"").And.Contain("\"verdict\": \"unverified\""));
        }
    }

    [Test]
    public async Task Recheck_AfterARevisedRelease_ListsTheClaimWhoseVerdictChanged()
    {
        var claims = _dir.Write("claims.json", """{"report": {"id": "r1"}, "claims": [{"id": "c1", "subject": "civilians killed", "figure": "about 100", "place": "al-Jadida, Mosul, Iraq", "period": "2017-03-17", "source": "Local officials"}]}""");
        var march = _dir.Write("march.json", """{"claims": [{"id": "e1", "subject": "civilians killed", "figure": "105", "place": "al-Jadida, Mosul, Iraq", "period": "2017-03-17", "source": "US military"}]}""");
        var may = _dir.Write("may.json", """{"claims": [{"id": "e1", "subject": "civilians killed", "figure": "240", "place": "al-Jadida, Mosul, Iraq", "period": "2017-03-17", "source": "US military"}]}""");
        await CliRun.InvokeAsync("evidence", "import", march.FullName, "--store", Store, "--data-set", "strikes", "--released-on", "2017-03-20");
        await CliRun.InvokeAsync("check", claims.FullName, "--store", Store);
        var unchanged = await CliRun.InvokeAsync("recheck", "--store", Store);
        await CliRun.InvokeAsync("evidence", "import", may.FullName, "--store", Store, "--data-set", "strikes", "--released-on", "2017-05-25");

        var changed = await CliRun.InvokeAsync("recheck", "--store", Store);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unchanged.Stdout, Is.EqualTo("No verdict changed." + Environment.NewLine));
            Assert.That(changed.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(changed.Stdout, Does.StartWith("r1 c1: corroborated -> contested: "));
        }
    }

    [Test]
    public async Task Check_StoreWithAnArticle_ChecksItsClaimsAsWithTheEvidenceFile()
    {
        var article = Repository.MosulExample("report.txt").FullName;
        await CliRun.InvokeAsync("evidence", "import", Evidence, "--store", Store);

        var fromStore = await CliRun.InvokeAsync("check", article, "--published", "2017-03-25", "--store", Store, "--format", "json");
        var fromFile = await CliRun.InvokeAsync("check", article, "--published", "2017-03-25", "--evidence", Evidence, "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((fromStore.ExitCode, fromStore.Stderr), Is.EqualTo((ExitCodes.Success, string.Empty)));
            Assert.That(fromStore.Stdout, Is.EqualTo(fromFile.Stdout));
            Assert.That(fromStore.Stdout, Does.Contain("\"verdict\": \"corroborated\""));
        }
    }

    [Test]
    public async Task Check_StoreWithPlugins_LoadsThemAsWithAnEvidenceFile()
    {
        await CliRun.InvokeAsync("evidence", "import", Evidence, "--store", Store);
        var plugins = Path.Combine(_dir.FullName, "plugins");
        Directory.CreateDirectory(Path.Combine(plugins, "Broken"));
        File.WriteAllText(Path.Combine(plugins, "Broken", "Broken.dll"), "not an assembly");

        var fromStore = await CliRun.InvokeAsync("check", Claims, "--store", Store, "--plugins", plugins, "--format", "json");
        var fromFile = await CliRun.InvokeAsync("check", Claims, "--evidence", Evidence, "--plugins", plugins, "--format", "json");
        var strict = await CliRun.InvokeAsync("check", Claims, "--store", Store, "--plugins", plugins, "--strict-plugins");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromStore.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(fromStore.Stderr, Does.Contain("Broken").And.EqualTo(fromFile.Stderr));
            Assert.That(fromStore.Stdout, Is.EqualTo(fromFile.Stdout));
            Assert.That((strict.ExitCode, strict.Stdout), Is.EqualTo((ExitCodes.BadInput, string.Empty)));
            Assert.That(strict.Stderr, Does.Contain("plugin-load"));
        }
    }

    [Test]
    public async Task Recheck_CheckMadeWithAnEvidenceFile_IsMadeAgainWithIt()
    {
        var claims = _dir.Write("claims.json", """{"report": {"id": "r1"}, "claims": [{"id": "c1", "subject": "civilians killed", "figure": "about 100", "place": "al-Jadida, Mosul, Iraq", "period": "2017-03-17", "source": "Local officials"}, {"id": "c2", "subject": "people displaced", "figure": "5,000", "place": "Raqqa, Syria", "period": "2017-03-17", "source": "Local officials"}]}""");
        var extra = _dir.Write("extra.json", """{"claims": [{"id": "x2", "subject": "people displaced", "figure": "5,000", "place": "Raqqa, Syria", "period": "2017-03-17", "source": "UNHCR"}]}""");
        var march = _dir.Write("march.json", """{"claims": [{"id": "e1", "subject": "civilians killed", "figure": "105", "place": "al-Jadida, Mosul, Iraq", "period": "2017-03-17", "source": "US military"}]}""");
        var may = _dir.Write("may.json", """{"claims": [{"id": "e1", "subject": "civilians killed", "figure": "240", "place": "al-Jadida, Mosul, Iraq", "period": "2017-03-17", "source": "US military"}]}""");
        await CliRun.InvokeAsync("evidence", "import", march.FullName, "--store", Store, "--data-set", "strikes", "--released-on", "2017-03-20");
        var check = await CliRun.InvokeAsync("check", claims.FullName, "--store", Store, "--evidence", extra.FullName, "--format", "json");
        await CliRun.InvokeAsync("evidence", "import", may.FullName, "--store", Store, "--data-set", "strikes", "--released-on", "2017-05-25");

        var recheck = await CliRun.InvokeAsync("recheck", "--store", Store);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Stdout, Does.Not.Contain("\"verdict\": \"unverified\""), "both claims rest on evidence: c2 on the file's");
            Assert.That((recheck.ExitCode, recheck.Stderr), Is.EqualTo((ExitCodes.Success, string.Empty)));
            var lines = recheck.Stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[0], Does.StartWith("r1 c1: corroborated -> contested: "));
            Assert.That(lines[^1], Is.EqualTo("1 verdict changed."));
        }
    }

    [Test]
    public async Task Recheck_EvidenceFileChangedSinceTheCheck_IsRefusedSayingWhatToRun()
    {
        var extra = _dir.Write("extra.json", """{"claims": [{"id": "x2", "subject": "people displaced", "figure": "5,000", "place": "Raqqa, Syria", "period": "2017-03-17", "source": "UNHCR"}]}""");
        await CliRun.InvokeAsync("evidence", "import", Evidence, "--store", Store, "--released-on", "2017-03-20");
        await CliRun.InvokeAsync("check", Claims, "--store", Store, "--evidence", extra.FullName);
        File.WriteAllText(extra.FullName, File.ReadAllText(extra.FullName).Replace("5,000", "6,000", StringComparison.Ordinal));
        var later = _dir.Write("later.json", """{"claims": [{"id": "z1", "subject": "people displaced", "figure": "10", "place": "Raqqa, Syria", "period": "2017-03-17", "source": "X"}]}""");
        await CliRun.InvokeAsync("evidence", "import", later.FullName, "--store", Store, "--released-on", "2017-05-25");

        var recheck = await CliRun.InvokeAsync("recheck", "--store", Store);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(recheck.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(recheck.Stderr, Does.Contain("check-unrepeatable").And.Contain(extra.FullName).And.Contain("has changed since").And.Contain("verify check"));
        }
    }

    [Test]
    public async Task Recheck_CheckMadeAsOfADay_SeesOnlyTheEvidenceInForceThatDay()
    {
        var claims = _dir.Write("claims.json", """{"report": {"id": "r1"}, "claims": [{"id": "c1", "subject": "civilians killed", "figure": "about 100", "place": "al-Jadida, Mosul, Iraq", "period": "2017-03-17", "source": "Local officials"}]}""");
        var march = _dir.Write("march.json", """{"claims": [{"id": "e1", "subject": "civilians killed", "figure": "105", "place": "al-Jadida, Mosul, Iraq", "period": "2017-03-17", "source": "US military"}]}""");
        var may = _dir.Write("may.json", """{"claims": [{"id": "e1", "subject": "civilians killed", "figure": "240", "place": "al-Jadida, Mosul, Iraq", "period": "2017-03-17", "source": "US military"}]}""");
        await CliRun.InvokeAsync("evidence", "import", march.FullName, "--store", Store, "--data-set", "strikes", "--released-on", "2017-03-20");
        await CliRun.InvokeAsync("check", claims.FullName, "--store", Store, "--as-of", "2017-04-01");
        await CliRun.InvokeAsync("evidence", "import", may.FullName, "--store", Store, "--data-set", "strikes", "--released-on", "2017-05-25");

        var recheck = await CliRun.InvokeAsync("recheck", "--store", Store);

        Assert.That((recheck.ExitCode, recheck.Stdout), Is.EqualTo((ExitCodes.Success, "No verdict changed." + Environment.NewLine)));
    }

    [Test]
    public async Task Store_DatabaseFailsWhileInUse_SaysWhichStoreAndStepAndExitsThree()
    {
        await CliRun.InvokeAsync("evidence", "import", Evidence, "--store", Store);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Store}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_keys = OFF; DROP TABLE checks; DROP TABLE place_keys; DROP TABLE places;";
            command.ExecuteNonQuery();
        }

        var check = await CliRun.InvokeAsync("check", Claims, "--store", Store);
        var import = await CliRun.InvokeAsync("evidence", "import", Repository.MosulExample("claims.json").FullName, "--store", Store);
        var recheck = await CliRun.InvokeAsync("recheck", "--store", Store);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((check.ExitCode, check.Stdout), Is.EqualTo((ExitCodes.Environment, string.Empty)));
            Assert.That(check.StderrLines, Has.Count.EqualTo(1));
            Assert.That(check.Stderr, Does.StartWith($"store '{Store}': store-failed: ").And.Contain("no such table"));
            Assert.That(import.ExitCode, Is.EqualTo(ExitCodes.Environment));
            Assert.That(import.Stderr, Does.StartWith($"store '{Store}': store-failed: importing the files").And.Contain("no such table"));
            Assert.That(recheck.ExitCode, Is.EqualTo(ExitCodes.Environment));
            Assert.That(recheck.Stderr, Does.StartWith($"store '{Store}': store-failed: checking the kept checks again"));
        }
    }

    [Test]
    public async Task Store_PostgresServerUnreachable_SaysSoWithoutThePasswordAndExitsThree()
    {
        var run = await CliRun.InvokeAsync("check", Claims, "--store", "Host=127.0.0.1;Port=1;Database=evidence;Username=desk;Password=sekret-word;Timeout=2");
        var url = await CliRun.InvokeAsync("recheck", "--store", "postgresql://desk:sekret-word@127.0.0.1:1/evidence?Timeout=2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Environment));
            Assert.That(run.Stderr, Does.StartWith("the PostgreSQL store: store-unavailable: ").And.Not.Contain("sekret-word"));
            Assert.That(url.ExitCode, Is.EqualTo(ExitCodes.Environment));
            Assert.That(url.Stderr, Does.StartWith("the PostgreSQL store: store-unavailable: ").And.Not.Contain("sekret-word"));
        }
    }

    [Test]
    public async Task Store_OfALaterSchemaVersion_IsRefusedWithWhatToRun()
    {
        await CliRun.InvokeAsync("evidence", "import", Evidence, "--store", Store);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Store}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 99";
            command.ExecuteNonQuery();
        }

        var run = await CliRun.InvokeAsync("check", Claims, "--store", Store);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(run.Stderr, Does.Contain("store-unusable").And.Contain("version 99").And.Contain("dotnet tool update"));
        }
    }
}
