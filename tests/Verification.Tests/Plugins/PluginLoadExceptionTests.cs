using NUnit.Framework.Internal;
using Verification.Plugins;

namespace Verification.Tests.Plugins;

public sealed class PluginLoadExceptionTests
{
    [Test]
    public void Errors_AsNUnitShowsTheException_AreListedWithTheirFiles()
    {
        var e = new PluginLoadException([
            new PluginLoadError("/plugins/A/A.dll", "A needs Verification.Core 2.0."),
            new PluginLoadError("/plugins/B", "B has no assembly named after its folder."),
        ]);

        var shown = ExceptionHelper.BuildMessage(e);

        Assert.That(shown, Does.Contain("Errors: /plugins/A/A.dll: A needs Verification.Core 2.0.; /plugins/B: B has no assembly named after its folder."));
        Assert.That(shown, Does.Not.Contain("[]").And.Not.Contain("`1"));
    }

    [Test]
    public void Errors_MessageOnly_ShowNone()
    {
        var e = new PluginLoadException("Loading was cancelled.");

        Assert.That(e.Errors.ToString(), Is.EqualTo("none"));
    }
}
