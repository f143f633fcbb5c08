namespace Verification.Import.Mapping;

/// <summary>A column-mapping file that cannot be used; every problem is listed.</summary>
public sealed class ColumnMappingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ColumnMappingException()
        : this("the mapping cannot be used.", [])
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ColumnMappingException(string message)
        : this(message, [message])
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ColumnMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="problems">Every problem, one sentence each, naming the field.</param>
    public ColumnMappingException(string message, IReadOnlyList<string> problems)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems;
    }

    /// <summary>Every problem, one sentence each, naming the field.</summary>
    public IReadOnlyList<string> Problems { get; }
}
