namespace Verification.Store.Tests;

/// <summary>A fixture run once against SQLite and once against PostgreSQL (the derived class names both with
/// <c>[TestFixture("sqlite")]</c> and <c>[TestFixture("postgres")]</c>): a fresh <see cref="StoreBackend"/> per test,
/// its stores and databases removed after.</summary>
public abstract class StoreBackendTests(string backend)
{
    /// <summary>"sqlite" or "postgres".</summary>
    protected string BackendKind { get; } = backend;

    /// <summary>The test's backend.</summary>
    protected StoreBackend Backend { get; private set; } = null!;

    [SetUp]
    public void MakeBackend() => Backend = new StoreBackend(BackendKind);

    [TearDown]
    public async Task RemoveBackend() => await Backend.DisposeAsync();
}
