using System.Data.Common;

namespace Verification.Store.Schema;

/// <summary>Opens a store's connections, each set up for the store's dialect.</summary>
internal static class StoreConnections
{
    /// <summary>An open connection from <paramref name="source"/>.</summary>
    public static async Task<DbConnection> OpenAsync(DbDataSource source, StoreDialect dialect, CancellationToken cancellationToken)
    {
        var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (dialect.ConnectionSetup is { } setup)
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = setup;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return connection;
    }
}
