namespace Verification.Store;

/// <summary>An evidence store that cannot be used as it is (a schema this release cannot read: the message says what to
/// run), or a database failure while using it.</summary>
/// <remarks>A failure of the database (a server not reachable, a file not writable, a lock not taken in time) is thrown
/// as this exception, whose message names the store's kind and location (never its password) and what the store was
/// doing, with the database's own exception (<c>SqliteException</c>, <c>NpgsqlException</c>, both a
/// <see cref="System.Data.Common.DbException"/>) as <see cref="Exception.InnerException"/>.</remarks>
public sealed class EvidenceStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EvidenceStoreException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public EvidenceStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public EvidenceStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
