using System.Text;
using Verification.Claims;
using Verification.Cli.Tests.TestSupport;
using Verification.Json;

namespace Verification.Cli.Tests.Commands.Evidence;

/// <summary><c>verify evidence read</c>, run in process on the sample data sets of docs/examples/data.</summary>
[TestFixture]
public sealed class EvidenceReadCommandTests
{
    private static string Sample(string name) => Path.Combine(Repository.Root.FullName, "docs", "examples", "data", name);

    private static IReadOnlyList<Claim> Claims(string json) => ClaimsFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))).Claims;

    [Test]
    public async Task Read_UcdpSampleFormatDetected_ClaimsFileOnStdout()
    {
        var run = await CliRun.InvokeAsync("evidence", "read", Sample("ucdp-ged-kokang-2015.csv"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(Claims(run.Stdout), Has.Count.EqualTo(60));
            Assert.That(Claims(run.Stdout)[0].Source, Is.EqualTo("UCDP"));
        }
    }

    [Test]
    public async Task Read_MappingAndOutputFile_TheFileIsWrittenAndCheckReadsIt()
    {
        using var dir = new TempDirectory();
        var output = dir.Missing("tally.json");

        var read = await CliRun.InvokeAsync("evidence", "read", Sample("mosul-tally.csv"), "--mapping", Sample("mosul-tally.mapping.json"), "-o", output.FullName);
        var check = await CliRun.InvokeAsync("check", Repository.MosulExample("claims.json").FullName, "-e", output.FullName, "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(read.Stdout, Is.Empty);
            Assert.That(Claims(File.ReadAllText(output.FullName)).Select(c => c.Id), Is.EqualTo(new[] { "tally:t1", "tally:t2", "tally:t3", "tally:t4" }));
            Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(check.Stdout, Does.Contain("\"tally:t1\""));
        }
    }

    [Test]
    public async Task Read_Culture_NumbersReadAsThatCultureGroupsThem()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("tally.csv", "Ref,Counted,Number,Neighbourhood,City,Country,Date,Who,Published in\nt1,people displaced,44.218,al-Jadida,Mosul,Iraq,2017-03-17,X,\n");

        var german = await CliRun.InvokeAsync("evidence", "read", data.FullName, "--mapping", Sample("mosul-tally.mapping.json"), "--culture", "de-DE");
        var unknown = await CliRun.InvokeAsync("evidence", "read", data.FullName, "--mapping", Sample("mosul-tally.mapping.json"), "--culture", "not a culture!");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Claims(german.Stdout).Single().Figure!.CoreLow, Is.EqualTo(44_218));
            Assert.That((unknown.ExitCode, unknown.Stdout), Is.EqualTo((ExitCodes.BadInput, string.Empty)));
            Assert.That(unknown.Stderr, Does.Contain("--culture"));
        }
    }

    [Test]
    public async Task Read_BadRows_RefusedWithEveryProblemAndNothingWritten()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("bad.csv", "Ref,Counted,Number,Neighbourhood,City,Country,Date,Who,Published in\nt1,civilians killed,lots,al-Jadida,Mosul,Iraq,2017-03-17,X,\nt2,civilians killed,4,al-Jadida,Mosul,Iraq,2017-13-45,,\nt3,civilians killed,5,al-Jadida,Mosul,Iraq,2017-03-17,Y,\n");
        var output = dir.Missing("out.json");

        var run = await CliRun.InvokeAsync("evidence", "read", data.FullName, "--mapping", Sample("mosul-tally.mapping.json"), "-o", output.FullName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(File.Exists(output.FullName), Is.False);
            Assert.That(run.StderrLines, Has.Count.EqualTo(4));
            Assert.That(run.StderrLines[0], Does.StartWith($"{data.FullName}, row 2, column 'Number': figure-unreadable:"));
            Assert.That(run.StderrLines[1], Does.StartWith($"{data.FullName}, row 3, column 'Date': date-unreadable:"));
            Assert.That(run.StderrLines[2], Does.StartWith($"{data.FullName}, row 3, column 'Who': source-missing:"));
            Assert.That(run.StderrLines[3], Does.Contain("refused: 2 rows with problems"));
        }
    }

    [Test]
    public async Task Read_BadRowsSkipped_GoodRowsWrittenAndTheRestListed()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("bad.csv", "Ref,Counted,Number,Neighbourhood,City,Country,Date,Who,Published in\nt1,civilians killed,lots,al-Jadida,Mosul,Iraq,2017-03-17,X,\nt3,civilians killed,5,al-Jadida,Mosul,Iraq,2017-03-17,Y,\n");

        var run = await CliRun.InvokeAsync("evidence", "read", data.FullName, "--mapping", Sample("mosul-tally.mapping.json"), "--skip-bad-rows");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(Claims(run.Stdout).Select(c => c.Id), Is.EqualTo(new[] { "tally:t3" }));
            Assert.That(run.StderrLines[0], Does.Contain("row 2, column 'Number': figure-unreadable"));
            Assert.That(run.StderrLines[^1], Does.Contain("1 row skipped for the problems above; 1 claim kept."));
        }
    }

    [Test]
    public async Task Read_UnknownFormatName_BadInputListingTheFormats()
    {
        var run = await CliRun.InvokeAsync("evidence", "read", Sample("ucdp-ged-kokang-2015.csv"), "--format", "gdelt");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.Stderr, Does.Contain("unknown format 'gdelt': expected ucdp-ged, acled, airwars, hxl, claims-json"));
    }

    [Test]
    public async Task Read_FormatNotTold_BadInputAskingForFormatOrMapping()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("plain.csv", "a,b\n1,2\n");

        var run = await CliRun.InvokeAsync("evidence", "read", data.FullName);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.Stderr, Does.Contain("format-unknown"));
    }

    [Test]
    public async Task Read_HxlWithSource_MetaSourceBecomesDerivation()
    {
        var run = await CliRun.InvokeAsync("evidence", "read", Sample("hdx-ucdp-bangladesh-hxl.csv"), "--format", "hxl", "--source", "UCDP", "--id-prefix", "bgd");

        var claims = Claims(run.Stdout);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(claims, Has.Count.EqualTo(30));
            Assert.That(claims[0].Id, Is.EqualTo("bgd:r3"));
            Assert.That(claims[0].Source, Is.EqualTo("UCDP"));
            Assert.That(claims[0].DerivedFrom, Has.Count.EqualTo(1));
        }
    }
}
