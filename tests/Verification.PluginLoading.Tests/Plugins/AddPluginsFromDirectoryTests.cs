using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;
using Verification.DependencyInjection;
using Verification.Engine;
using Verification.PluginLoading.Tests.Infrastructure;
using Verification.Plugins;
using Verification.TestSupport;
using Verification.Validators;
using Verification.Verdicts;

namespace Verification.PluginLoading.Tests.Plugins;

/// <summary>Loading real plugin assemblies, built by tests/TestPlugins, from a plugin directory.</summary>
public sealed class AddPluginsFromDirectoryTests
{
    [OneTimeSetUp]
    public async Task BuildPlugins() => await TestPlugins.BuiltAsync();

    [Test]
    public void AddPluginsFromDirectory_PluginWithEntryPoint_ListsItsMetadata()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good);

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Plugins, Is.EqualTo(new[]
        {
            new PluginInfo("Good", "1.2.3", "A plugin that loads: it notes every claim it sees.", ["people displaced", "people fled"], dir.MainAssembly(TestPlugins.Good), ["Good"]),
        }));
    }

    [Test]
    public void AddPluginsFromDirectory_PluginWithEntryPoint_RecordsNoError()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good);

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors, Is.Empty);
    }

    [Test]
    public void AddPluginsFromDirectory_LoadedValidator_IsTheHostsIClaimValidator()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good);

        using var provider = Hosts.WithPlugins(dir.Path);

        var good = provider.Validators().Single(v => v.Name == "Good");
        Assert.That(good.GetType().GetInterface(nameof(IClaimValidator)), Is.SameAs(typeof(IClaimValidator)));
    }

    [Test]
    public void AddPluginsFromDirectory_PluginCarryingItsOwnVerificationCore_StillGetsTheHosts()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Careless);
        Assume.That(Path.Combine(dir.Path, TestPlugins.Careless, "Verification.Core.dll"), Does.Exist);

        using var provider = Hosts.WithPlugins(dir.Path);

        var careless = provider.Validators().Single(v => v.Name == "Careless");
        Assert.That(careless.GetType().GetInterface(nameof(IClaimValidator)), Is.SameAs(typeof(IClaimValidator)));
    }

    [Test]
    public void AddPluginsFromDirectory_LoadedPlugin_LivesInItsOwnLoadContext()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good);

        using var provider = Hosts.WithPlugins(dir.Path);

        var good = provider.Validators().Single(v => v.Name == "Good");
        Assert.That(AssemblyLoadContext.GetLoadContext(good.GetType().Assembly), Is.Not.SameAs(AssemblyLoadContext.Default));
    }

    [Test]
    public async Task AddPluginsFromDirectory_LoadedValidator_AddsItsFindingsToTheVerdict()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good);
        using var provider = Hosts.WithPlugins(dir.Path);

        var result = await provider.VerifyAsync(Hosts.Displaced("c7"));

        Assert.That(result.Findings, Has.Some.EqualTo(new Finding("Good", FindingOutcome.Note, "c7 seen by the good plugin.")));
    }

    [Test]
    public async Task AddPluginsFromDirectory_PluginWithNuGetDependency_ResolvesItFromThePluginFolder()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Humanized);
        using var provider = Hosts.WithPlugins(dir.Path);

        var result = await provider.VerifyAsync(Hosts.Displaced(figure: "270,000"));

        Assert.That(result.Findings.Single(f => f.Validator == "Humanized").Message,
            Is.EqualTo("In words: two hundred and seventy thousand (Humanizer from Humanizer)."));
    }

    [Test]
    public async Task AddPluginsFromDirectory_PluginWithNuGetDependency_KeepsTheDependencyOutOfTheHostContext()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Humanized);
        using var provider = Hosts.WithPlugins(dir.Path);

        await provider.VerifyAsync(Hosts.Displaced());

        var humanizer = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "Humanizer").ToList();
        Assert.That(humanizer.Select(AssemblyLoadContext.GetLoadContext), Is.Not.Empty.And.All.Not.SameAs(AssemblyLoadContext.Default));
    }

    [Test]
    public void AddPluginsFromDirectory_PluginBuiltAgainstAnotherMajorCore_IsRefusedNamingPluginAndVersions()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.WrongCore);
        var host = typeof(IClaimValidator).Assembly.GetName().Version!;

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors, Has.Exactly(1).Matches<PluginLoadError>(e =>
            e!.File == dir.MainAssembly(TestPlugins.WrongCore)
            && e.Message.Contains("'WrongCore.Plugin'", StringComparison.Ordinal)
            && e.Message.Contains("Verification.Core 9.0.0", StringComparison.Ordinal)
            && e.Message.Contains($"this host has Verification.Core {host.Major}.{host.Minor}.{host.Build}", StringComparison.Ordinal)));
    }

    [Test]
    public void AddPluginsFromDirectory_PluginBuiltAgainstAnotherMajorCore_IsNeverLoaded()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.WrongCore);

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(AppDomain.CurrentDomain.GetAssemblies().Select(a => a.Location), Does.Not.Contain(dir.MainAssembly(TestPlugins.WrongCore)));
    }

    [Test]
    public void AddPluginsFromDirectory_FolderWithoutPlugin_IsAnErrorNamingTheFolder()
    {
        var dir = PluginDirectory.Create().WithEmptyFolder("Empty");

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors, Has.Exactly(1).Matches<PluginLoadError>(e =>
            e!.File == Path.Combine(dir.Path, "Empty") && e.Message.StartsWith("The folder holds no plugin", StringComparison.Ordinal)));
    }

    [Test]
    public void AddPluginsFromDirectory_AssemblyWithoutValidators_IsAnErrorNamingTheFile()
    {
        // The FakeCore build output is an assembly that does not reference Verification.Core: it cannot hold a plugin.
        var dir = PluginDirectory.Create().WithFolderFrom(TestPlugins.Output("FakeCore"), "Verification.Core");

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors, Has.Exactly(1).Matches<PluginLoadError>(e =>
            e!.File == dir.MainAssembly("Verification.Core") && e.Message.Contains("holds no plugin", StringComparison.Ordinal)));
    }

    [Test]
    public void AddPluginsFromDirectory_CorruptAssembly_IsAnErrorNamingTheFile()
    {
        var dir = PluginDirectory.Create().WithCorruptPlugin("Broken");

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors, Has.Exactly(1).Matches<PluginLoadError>(e =>
            e!.File == dir.MainAssembly("Broken") && e.Message.StartsWith("The file is not a valid .NET assembly", StringComparison.Ordinal)));
    }

    [Test]
    public void AddPluginsFromDirectory_ValidatorConstructorThrows_IsAnErrorNamingTheFileTypeAndCause()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.ThrowingCtor);

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors, Has.Exactly(1).Matches<PluginLoadError>(e =>
            e!.File == dir.MainAssembly(TestPlugins.ThrowingCtor)
            && e.Message.Contains("ThrowingCtor.Plugin.ThrowingCtorValidator could not be created", StringComparison.Ordinal)
            && e.Message.Contains("InvalidOperationException: The casualty database is unreachable.", StringComparison.Ordinal)));
    }

    [Test]
    public void AddPluginsFromDirectory_ValidatorConstructorThrows_RegistersNothingOfThatPlugin()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.ThrowingCtor);

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Validators().Select(v => v.GetType().Assembly.GetName().Name), Does.Not.Contain(TestPlugins.ThrowingCtor));
    }

    [Test]
    public void AddPluginsFromDirectory_BrokenPluginsBesideGoodOnes_StillLoadsTheGoodOnes()
    {
        var dir = PluginDirectory.Create()
            .WithCorruptPlugin("A.Broken").WithEmptyFolder("B.Empty").With(TestPlugins.Good)
            .With(TestPlugins.ThrowingCtor).With(TestPlugins.WrongCore).With(TestPlugins.Humanized);

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Plugins.Select(p => p.Name), Is.EqualTo(new[] { "Good", TestPlugins.Humanized }));
    }

    [Test]
    public void AddPluginsFromDirectory_BrokenPluginsBesideGoodOnes_ListsAnErrorPerBrokenPluginInFolderOrder()
    {
        var dir = PluginDirectory.Create()
            .WithCorruptPlugin("A.Broken").WithEmptyFolder("B.Empty").With(TestPlugins.Good)
            .With(TestPlugins.ThrowingCtor).With(TestPlugins.WrongCore);

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors.Select(e => e.File), Is.EqualTo(new[]
        {
            dir.MainAssembly("A.Broken"),
            Path.Combine(dir.Path, "B.Empty"),
            dir.MainAssembly(TestPlugins.ThrowingCtor),
            dir.MainAssembly(TestPlugins.WrongCore),
        }));
    }

    [Test]
    public void AddPluginsFromDirectory_StrictWithBrokenPlugins_ThrowsListingEveryError()
    {
        var dir = PluginDirectory.Create()
            .WithCorruptPlugin("A.Broken").WithEmptyFolder("B.Empty").With(TestPlugins.Good).WithCorruptPlugin("C.Broken");

        var e = Assert.Throws<PluginLoadException>(() => Hosts.WithPlugins(dir.Path, o => o.Strict = true));

        Assert.That(e.Errors.Select(x => x.File), Is.EqualTo(new[]
        {
            dir.MainAssembly("A.Broken"), Path.Combine(dir.Path, "B.Empty"), dir.MainAssembly("C.Broken"),
        }));
    }

    [Test]
    public void AddPluginsFromDirectory_StrictWithAValidatorThatCannotBeMade_FailsTheVerifierNamingIt()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good).With(TestPlugins.ThrowingCtor);
        using var provider = Hosts.WithPlugins(dir.Path, o => o.Strict = true);

        var e = Assert.Throws<PluginLoadException>(() => provider.GetRequiredService<IClaimVerifier>());

        Assert.That(e.Errors, Has.Exactly(1).Matches<PluginLoadError>(x =>
            x!.File == dir.MainAssembly(TestPlugins.ThrowingCtor) && x.Message.Contains("could not be created", StringComparison.Ordinal)));
    }

    [Test]
    public void AddPluginsFromDirectory_ValidatorThatCannotBeMade_IsListedInFolderOrderAmongTheOtherErrors()
    {
        var dir = PluginDirectory.Create().WithEmptyFolder("A.Empty").With(TestPlugins.ThrowingCtor).WithEmptyFolder("Z.Empty");

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors.Select(e => e.File), Is.EqualTo(new[]
        {
            Path.Combine(dir.Path, "A.Empty"), dir.MainAssembly(TestPlugins.ThrowingCtor), Path.Combine(dir.Path, "Z.Empty"),
        }));
    }

    [Test]
    public void AddPluginsFromDirectory_NamedVerifier_RunsThePluginInThatVerifierOnly()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good);
        using var provider = new ServiceCollection()
            .AddVerification()
            .AddKeyedVerification("desk", v => v.AddPluginsFromDirectory(dir.Path))
            .BuildServiceProvider();

        var desk = (ClaimVerifier)provider.GetRequiredKeyedService<IClaimVerifier>("desk");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(desk.Validators.Select(v => v.Name), Does.Contain("Good"));
            Assert.That(provider.Validators().Select(v => v.Name), Does.Not.Contain("Good"));
            Assert.That(provider.GetRequiredKeyedService<IPluginCatalog>("desk").Plugins.Select(p => p.Name), Is.EqualTo(new[] { "Good" }));
            Assert.That(provider.GetService<IPluginCatalog>(), Is.Null);
        }
    }

    [Test]
    public void AddPluginsFromDirectory_NamedVerifierPluginRegisteringUnkeyed_StaysWithThatVerifier()
    {
        // The plugin adds its validator to the services itself, without a key: it is still the named verifier's.
        var dir = PluginDirectory.Create().With(TestPlugins.Direct);
        using var provider = new ServiceCollection()
            .AddVerification()
            .AddKeyedVerification("desk", v => v.AddPluginsFromDirectory(dir.Path))
            .BuildServiceProvider();

        var desk = (ClaimVerifier)provider.GetRequiredKeyedService<IClaimVerifier>("desk");
        var main = (ClaimVerifier)provider.GetRequiredService<IClaimVerifier>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(desk.Validators.Select(v => v.Name), Does.Contain("Direct"));
            Assert.That(main.Validators.Select(v => v.Name), Does.Not.Contain("Direct"));
            Assert.That(provider.Validators().Select(v => v.Name), Does.Not.Contain("Direct"));
        }
    }

    [Test]
    public void AddPluginsFromDirectory_StrictWithBrokenPlugins_MessageNamesEveryFile()
    {
        var dir = PluginDirectory.Create().WithCorruptPlugin("A.Broken").WithEmptyFolder("B.Empty");

        var e = Assert.Throws<PluginLoadException>(() => Hosts.WithPlugins(dir.Path, o => o.Strict = true));

        Assert.That(e.Message, Does.StartWith("2 plugins could not be loaded:")
            .And.Contains(dir.MainAssembly("A.Broken")).And.Contains(Path.Combine(dir.Path, "B.Empty")));
    }

    [Test]
    public void AddPluginsFromDirectory_StrictWithBrokenPlugins_RegistersNoPlugin()
    {
        var services = new ServiceCollection();
        var dir = PluginDirectory.Create().With(TestPlugins.Good).WithCorruptPlugin("Z.Broken");

        Assert.Throws<PluginLoadException>(() => services.AddVerification(v => v.AddPluginsFromDirectory(dir.Path, o => o.Strict = true)));

        using var provider = services.BuildServiceProvider();
        Assert.That((provider.ValidatorNames(), provider.Catalog().Plugins.Count), Is.EqualTo((new[] { "FigureAgreement", "ReportFlag", "PartWhole" }, 0)));
    }

    [Test]
    public void AddPluginsFromDirectory_StrictWithGoodPlugins_LoadsThem()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good).With(TestPlugins.Humanized);

        using var provider = Hosts.WithPlugins(dir.Path, o => o.Strict = true);

        Assert.That(provider.Catalog().Plugins, Has.Count.EqualTo(2));
    }

    [Test]
    public void AddPluginsFromDirectory_SameDirectoryTwice_RegistersEachValidatorOnce()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good).With(TestPlugins.Bare);

        using var provider = Hosts.Build(v => v.AddPluginsFromDirectory(dir.Path).AddPluginsFromDirectory(dir.Path));

        Assert.That(provider.ValidatorNames().Where(n => n is "Good" or "BareAlpha" or "BareZulu"), Is.EqualTo(new[] { "BareAlpha", "BareZulu", "Good" }));
    }

    [Test]
    public void AddPluginsFromDirectory_SameDirectoryTwice_ListsEachPluginOnceWithoutError()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good);

        using var provider = Hosts.Build(v => v.AddPluginsFromDirectory(dir.Path).AddPluginsFromDirectory(dir.Path));

        Assert.That((provider.Catalog().Plugins.Count, provider.Catalog().Errors.Count), Is.EqualTo((1, 0)));
    }

    [Test]
    public void AddPluginsFromDirectory_SamePluginInTwoFolders_SkipsTheSecondWithAnError()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good).With(TestPlugins.Good, "Good.Plugin.Copy");

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors, Has.Exactly(1).Matches<PluginLoadError>(e =>
            e!.File == dir.MainAssembly("Good.Plugin.Copy", TestPlugins.Good)
            && e.Message == $"A plugin named 'Good' is already loaded from '{dir.MainAssembly(TestPlugins.Good)}'; this copy was skipped."));
    }

    [Test]
    public void AddPluginsFromDirectory_ValidatorNameTakenByAnotherPlugin_SkipsTheLaterPluginWithAnError()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good).With(TestPlugins.Clash, "Z.Clash");

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors, Is.EqualTo(new[]
        {
            new PluginLoadError(dir.MainAssembly("Z.Clash", TestPlugins.Clash),
                $"The plugin 'Clash' registers a validator named 'Good', which the plugin 'Good' ('{dir.MainAssembly(TestPlugins.Good)}') already registers; findings could not be told apart, so this plugin was skipped."),
        }));
    }

    [Test]
    public void AddPluginsFromDirectory_SamePluginInTwoFolders_RunsItsValidatorOnce()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good).With(TestPlugins.Good, "Good.Plugin.Copy");

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.ValidatorNames().Count(n => n == "Good"), Is.EqualTo(1));
    }

    [Test]
    public void AddPluginsFromDirectory_SeveralPlugins_RunInOrdinalOrderOfFolderNamesAfterTheBuiltIns()
    {
        // Ordinal order: upper case sorts before lower case. The folders are not named after their assemblies, so the
        // main assembly is found through each folder's single .deps.json.
        var dir = PluginDirectory.Create().With(TestPlugins.Good, "b-good").With(TestPlugins.Humanized, "a-humanized").With(TestPlugins.Bare, "Z-bare");

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.ValidatorNames(), Is.EqualTo(new[] { "FigureAgreement", "ReportFlag", "PartWhole", "BareAlpha", "BareZulu", "Humanized", "Good" }));
    }

    [Test]
    public void AddPluginsFromDirectory_SeveralPlugins_AreListedInTheOrderTheyRun()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good, "b-good").With(TestPlugins.Humanized, "a-humanized").With(TestPlugins.Bare, "Z-bare");

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Plugins.Select(p => p.Name), Is.EqualTo(new[] { "Bare", TestPlugins.Humanized, "Good" }));
    }

    [Test]
    public void AddPluginsFromDirectory_PluginWithoutEntryPoint_TakesMetadataFromAssemblyAttributes()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Bare);

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Plugins, Is.EqualTo(new[]
        {
            new PluginInfo("Bare", "0.0.7", "Validators without an entry point.", [], dir.MainAssembly(TestPlugins.Bare), ["BareAlpha", "BareZulu"]),
        }));
    }

    [Test]
    public void AddPluginsFromDirectory_AssemblyDirectlyInTheDirectory_IsAnErrorNamingIt()
    {
        var dir = PluginDirectory.Create().WithFile("Loose.dll", [0x4d, 0x5a]);

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors, Has.Exactly(1).Matches<PluginLoadError>(e =>
            e!.File == Path.Combine(dir.Path, "Loose.dll") && e.Message.Contains("folder of its own", StringComparison.Ordinal)));
    }

    [Test]
    public void AddPluginsFromDirectory_MissingDirectory_IsAnErrorNamingIt()
    {
        var missing = Path.Combine(PluginDirectory.Create().Path, "nowhere");

        using var provider = Hosts.WithPlugins(missing);

        Assert.That(provider.Catalog().Errors, Is.EqualTo(new[] { new PluginLoadError(missing, "The plugin directory does not exist.") }));
    }

    [Test]
    public void AddPluginsFromDirectory_UnreadableDirectory_IsAnErrorNamingIt()
    {
        using var unreadable = UnreadableDirectory.Create();

        using var provider = Hosts.WithPlugins(unreadable.Path);

        Assert.That(provider.Catalog().Errors, Has.Exactly(1).Matches<PluginLoadError>(e =>
            e!.File == unreadable.Path && e.Message.StartsWith("The plugin directory cannot be read: ", StringComparison.Ordinal)));
    }

    [Test]
    public void AddPluginsFromDirectory_FolderWithTwoDepsFiles_IsAnErrorNamingTheFolder()
    {
        var dir = PluginDirectory.Create()
            .WithFile(Path.Combine("Mixed", "One.deps.json"), "{}"u8.ToArray())
            .WithFile(Path.Combine("Mixed", "Two.deps.json"), "{}"u8.ToArray());

        using var provider = Hosts.WithPlugins(dir.Path);

        Assert.That(provider.Catalog().Errors, Has.Exactly(1).Matches<PluginLoadError>(e =>
            e!.File == Path.Combine(dir.Path, "Mixed") && e.Message.Contains("2 .deps.json files (One.deps.json, Two.deps.json)", StringComparison.Ordinal)));
    }

    [Test]
    public void AddPluginsFromDirectory_SamePluginInTwoHosts_SharesOneLoadContext()
    {
        var dir = PluginDirectory.Create().With(TestPlugins.Good);

        using var first = Hosts.WithPlugins(dir.Path);
        using var second = Hosts.WithPlugins(dir.Path);

        Assert.That(second.Validators().Single(v => v.Name == "Good").GetType(), Is.SameAs(first.Validators().Single(v => v.Name == "Good").GetType()));
    }
}
