using Verification.PluginLoading.Tests.Infrastructure;

namespace Verification.PluginLoading.Tests;

// In the root namespace of the tests: applies to every fixture.
[SetUpFixture]
public sealed class BuildSetUp
{
    // Both builds start at once and run side by side; each fixture awaits only the one it needs, so a failure of one
    // fails only its own tests.
    [OneTimeSetUp]
    public void StartBuilds()
    {
        _ = TestPlugins.BuiltAsync();
        _ = TemplatePlugin.BuiltAsync();
    }

    [OneTimeTearDown]
    public async Task DeleteWorkFolder()
    {
        // Let whatever is still building finish before its folder goes.
        await Task.WhenAll(Settle(TestPlugins.BuiltAsync()), Settle(TemplatePlugin.BuiltAsync()));
        try
        {
            Directory.Delete(TestPlugins.WorkRoot, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static Task Settle(Task task) =>
        task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
}
