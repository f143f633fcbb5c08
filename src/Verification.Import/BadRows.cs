namespace Verification.Import;

/// <summary>What to do with a file that has bad rows.</summary>
public enum BadRows
{
    /// <summary>Refuse the whole file: no claim from it is kept, and every problem is listed.</summary>
    Refuse = 0,

    /// <summary>Keep the good rows, and list the problems of the others.</summary>
    Skip = 1,
}
