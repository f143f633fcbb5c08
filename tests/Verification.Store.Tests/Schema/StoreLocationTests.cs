using Npgsql;
using Verification.Store.Schema;

namespace Verification.Store.Tests.Schema;

public sealed class StoreLocationTests
{
    [TestCase("evidence.db", false)]
    [TestCase("/data/newsroom/evidence.sqlite", false)]
    [TestCase("Host=db.example;Database=evidence", true)]
    [TestCase("host=127.0.0.1;port=5433;database=evidence", true)]
    [TestCase("postgresql://reader@db.example/evidence", true)]
    [TestCase("postgres://db.example/evidence", true)]
    public void IsPostgres_Location_TellsAConnectionFromAFile(string location, bool postgres) =>
        Assert.That(StoreLocation.IsPostgres(location), Is.EqualTo(postgres));

    [Test]
    public void ToConnectionString_Url_GivesHostPortDatabaseAndCredentials()
    {
        var builder = new NpgsqlConnectionStringBuilder(StoreLocation.ToConnectionString("postgresql://desk%40news:s3cret@db.example:5433/evidence"));

        Assert.That((builder.Host, builder.Port, builder.Database, builder.Username, builder.Password), Is.EqualTo(("db.example", 5433, "evidence", "desk@news", "s3cret")));
    }

    [Test]
    public void ToConnectionString_ConnectionString_IsUnchanged() =>
        Assert.That(StoreLocation.ToConnectionString("Host=db;Database=evidence"), Is.EqualTo("Host=db;Database=evidence"));

    [Test]
    public void ToConnectionString_UrlWithoutHost_IsRefused() =>
        Assert.That(() => StoreLocation.ToConnectionString("postgresql:///evidence"), Throws.ArgumentException.With.Message.Contains("postgresql://user:password@host:port/database"));
}
