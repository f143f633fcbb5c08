namespace Verification.Store;

/// <summary>An evidence store that cannot be used as it is: a schema this release cannot read, or a store that cannot
/// be opened. The message says what to run.</summary>
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
