using Verification.Cli.Progress;

namespace Verification.Cli.Tests;

/// <summary>Progress starts after a delay of wall-clock time, so on a loaded machine any run could show it and break a
/// test that expects stderr to hold only its messages. Every test of this assembly starts with progress off in time;
/// the tests of progress set the delay they need and put this back.</summary>
[SetUpFixture]
public sealed class ProgressOffByDefault
{
    private ProgressSettings _saved = null!;

    [OneTimeSetUp]
    public void PutProgressOutOfReach()
    {
        _saved = ProgressSettings.Defaults;
        ProgressSettings.Defaults = _saved with { Delay = TimeSpan.FromDays(1) };
    }

    [OneTimeTearDown]
    public void Restore() => ProgressSettings.Defaults = _saved;
}
