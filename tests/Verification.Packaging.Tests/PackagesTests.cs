using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Verification.Packaging.Tests;

/// <summary>What <c>dotnet pack -c Release</c> makes of every project under src/ and plugins/.</summary>
public sealed class PackagesTests
{
    private const string RepositoryUrl = "https://github.com/verification-project/verification";

    private static IEnumerable<string> ShippedProjectNames() =>
        Repository.ShippedProjects().Select(p => Path.GetFileNameWithoutExtension(p));

    [Test]
    public async Task Configuration_EveryShippedProject_IsPackableWithSymbolsSourceLinkAndValidation()
    {
        var all = await ProjectProperties.AllAsync();

        foreach (var project in Repository.ShippedProjects())
        {
            var p = all[project];
            var name = Path.GetFileName(project);
            Assert.That(p["IsPackable"], Is.EqualTo("true"), name);
            Assert.That(p["Deterministic"], Is.EqualTo("true"), name);
            Assert.That(p["ContinuousIntegrationBuild"], Is.EqualTo("true"), $"{name}: CI=true makes the build a CI build");
            // The SDK switches package (API compatibility) validation off for tool packages, which have no API.
            Assert.That(p["EnablePackageValidation"], Is.EqualTo(p["PackAsTool"] == "true" ? "false" : "true"), name);
            Assert.That(p["IncludeSymbols"], Is.EqualTo("true"), name);
            Assert.That(p["SymbolPackageFormat"], Is.EqualTo("snupkg"), name);
            Assert.That(p["PublishRepositoryUrl"], Is.EqualTo("true"), name);
            Assert.That(p["EmbedUntrackedSources"], Is.EqualTo("true"), name);
            Assert.That(p["GenerateDocumentationFile"], Is.EqualTo("true"), name);
            Assert.That(p["RepositoryUrl"], Is.EqualTo(RepositoryUrl), name);
            Assert.That(p["PackageReadmeFile"], Is.EqualTo("README.md"), name);
            Assert.That(p["PackageLicenseExpression"], Is.EqualTo("MIT"), name);
        }
    }

    [Test]
    public async Task Configuration_EveryTestAndBenchmarkProject_DoesNotPack()
    {
        var all = await ProjectProperties.AllAsync();

        Assert.That(Repository.TestProjects(), Is.Not.Empty);
        foreach (var project in Repository.TestProjects())
        {
            Assert.That(all[project]["IsPackable"], Is.EqualTo("false"), Path.GetFileName(project));
        }
    }

    [Test]
    public async Task Configuration_EveryShippedProject_TracksItsPublicApi()
    {
        var all = await ProjectProperties.AllAsync();

        Assert.That(Repository.ShippedProjects(), Has.Count.GreaterThanOrEqualTo(10));
        foreach (var project in Repository.ShippedProjects())
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var folder = Path.GetDirectoryName(project)!;
            Assert.That(all[project]["TrackPublicApi"], Is.EqualTo("true"), name);
            foreach (var file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
            {
                var path = Path.Combine(folder, file);
                Assert.That(File.Exists(path), Is.True, $"{name}: {file}");
                Assert.That(File.ReadLines(path).FirstOrDefault(), Is.EqualTo("#nullable enable"), $"{name}: {file}");
            }
        }
    }

    [Test]
    public async Task Pack_EveryShippedProject_MakesAPackageAndASymbolPackage()
    {
        var ids = await PackageIdsAsync();

        Assert.That(ids, Has.Count.EqualTo(Repository.ShippedProjects().Count));
        foreach (var id in ids)
        {
            Assert.That(File.Exists(Package(id)), Is.True, $"{id}: no .nupkg in {PackageFeed.Feed}");
            Assert.That(File.Exists(SymbolPackage(id)), Is.True, $"{id}: no .snupkg in {PackageFeed.Feed}");
        }

        Assert.That(ids, Is.SupersetOf(new[]
        {
            "Verification", "Verification.Core", "Verification.Cli", "Verification.Testing", "Verification.NUnit", "Verification.FluentValidation",
        }));
    }

    [Test]
    public async Task Nuspec_EveryPackage_HasItsMetadata()
    {
        foreach (var id in await PackageIdsAsync())
        {
            var metadata = Nuspec(id).Descendants().Single(e => e.Name.LocalName == "metadata");
            string Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;
            var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
            var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");

            Assert.That(Field("id"), Is.EqualTo(id));
            Assert.That(Field("version"), Is.EqualTo(PackageFeed.Version), id);
            Assert.That(Field("authors"), Is.EqualTo("Verification contributors"), id);
            Assert.That(Field("description"), Has.Length.GreaterThan(40), id);
            Assert.That(Field("tags"), Does.Contain("fact-checking").And.Contain("journalism"), id);
            Assert.That(Field("readme"), Is.EqualTo("README.md"), id);
            Assert.That(Field("projectUrl"), Is.EqualTo(RepositoryUrl), id);
            Assert.That(license.Attribute("type")?.Value, Is.EqualTo("expression"), id);
            Assert.That(license.Value, Is.EqualTo("MIT"), id);
            Assert.That(repository.Attribute("type")?.Value, Is.EqualTo("git"), id);
            Assert.That(repository.Attribute("url")?.Value, Is.EqualTo(RepositoryUrl), id);
            Assert.That(repository.Attribute("commit")?.Value, Does.Match("^[0-9a-f]{40}$"), $"{id}: the commit it was built from");
        }
    }

    [Test]
    public async Task Readme_EveryPackage_IsTheProjectsOwnOrTheSharedOne()
    {
        var all = await ProjectProperties.AllAsync();
        foreach (var project in Repository.ShippedProjects())
        {
            var id = all[project]["PackageId"];
            var own = Path.Combine(Path.GetDirectoryName(project)!, "README.md");
            var expected = await File.ReadAllTextAsync(File.Exists(own) ? own : Path.Combine(Repository.Root, "docs", "package-readme.md"));

            Assert.That(ReadEntry(Package(id), "README.md"), Is.EqualTo(expected), id);
        }
    }

    [Test]
    public async Task Package_EveryLibrary_CarriesXmlDocsBesideTheAssembly()
    {
        var all = await ProjectProperties.AllAsync();
        foreach (var project in Repository.ShippedProjects().Where(p => all[p]["PackAsTool"] != "true"))
        {
            var p = all[project];
            var entries = Entries(Package(p["PackageId"]));

            Assert.That(entries, Does.Contain($"lib/net10.0/{p["AssemblyName"]}.dll"), p["PackageId"]);
            Assert.That(entries, Does.Contain($"lib/net10.0/{p["AssemblyName"]}.xml"), p["PackageId"]);
        }
    }

    [Test]
    public async Task SymbolPackage_EveryPackage_HasAPdbWithSourceLinkToTheRepositoryAtTheBuiltCommit()
    {
        var all = await ProjectProperties.AllAsync();
        foreach (var project in Repository.ShippedProjects())
        {
            var p = all[project];
            var id = p["PackageId"];
            var commit = Nuspec(id).Descendants().Single(e => e.Name.LocalName == "repository").Attribute("commit")!.Value;
            var pdb = Entries(SymbolPackage(id)).SingleOrDefault(e => e.EndsWith($"/{p["AssemblyName"]}.pdb", StringComparison.Ordinal));

            Assert.That(pdb, Is.Not.Null, $"{id}: no pdb in the symbol package");
            var text = Encoding.UTF8.GetString(ReadBytes(SymbolPackage(id), pdb!));
            Assert.That(text, Does.Contain($"https://raw.githubusercontent.com/verification-project/verification/{commit}/*"), $"{id}: SourceLink");
        }
    }

    [Test]
    public void CliPackage_IsADotnetToolWhoseCommandIsVerify()
    {
        var nuspec = Nuspec("Verification.Cli");
        var settings = XDocument.Parse(ReadEntry(Package("Verification.Cli"), "tools/net10.0/any/DotnetToolSettings.xml"));

        Assert.That(nuspec.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")?.Value), Does.Contain("DotnetTool"));
        Assert.That(settings.Descendants("Command").Select(c => c.Attribute("Name")?.Value), Is.EqualTo(new[] { "verify" }));
    }

    [Test]
    public void Pack_EveryShippedProject_PacksWithoutWarnings()
    {
        Assert.That(PackageFeed.PackResult.Output, Does.Not.Contain("warning"), PackageFeed.PackResult.Describe);
    }

    private static async Task<IReadOnlyList<string>> PackageIdsAsync()
    {
        var all = await ProjectProperties.AllAsync();
        return [.. Repository.ShippedProjects().Select(p => all[p]["PackageId"])];
    }

    private static string Package(string id) => Path.Combine(PackageFeed.Feed, $"{id}.{PackageFeed.Version}.nupkg");

    private static string SymbolPackage(string id) => Path.Combine(PackageFeed.Feed, $"{id}.{PackageFeed.Version}.snupkg");

    private static XDocument Nuspec(string id) => XDocument.Parse(ReadEntry(Package(id), $"{id}.nuspec"));

    private static List<string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    private static string ReadEntry(string package, string entry) => Encoding.UTF8.GetString(ReadBytes(package, entry)).TrimStart('\uFEFF');

    private static byte[] ReadBytes(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        var found = zip.GetEntry(entry) ?? throw new FileNotFoundException($"{Path.GetFileName(package)} has no {entry}.");
        using var stream = found.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
